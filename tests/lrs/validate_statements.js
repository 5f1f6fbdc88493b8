// Checks every line of a JSON-lines file of xAPI statements with npm xapi-validation (the
// validator Learning Locker uses). Prints each problem as "line N: path: kind" and exits 1 if
// there is any; prints "valid N" otherwise. usage: node validate_statements.js FILE
'use strict';
const fs = require('fs');
const validate = require('xapi-validation').default;
const lines = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter((l) => l.length > 0);
let problems = 0;
lines.forEach((line, i) => {
  let statement;
  try {
    statement = JSON.parse(line);
  } catch (e) {
    console.log(`line ${i + 1}: not JSON: ${e.message}`);
    problems += 1;
    return;
  }
  for (const w of validate(statement)) {
    console.log(`line ${i + 1}: ${w.path.join('.')}: ${w.name} ${JSON.stringify(w.data).slice(0, 80)}`);
    problems += 1;
  }
});
if (problems > 0) process.exit(1);
console.log(`valid ${lines.length}`);
