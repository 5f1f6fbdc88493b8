// Starts Learning Locker's statement service (npm xapi-statements) as a real LRS for the tests,
// on 127.0.0.1 only (by itself it listens on every interface), on the port given as the first
// argument (0: any free one). Prints "listening PORT" once it accepts connections.
// Statements live in memory; any key and secret are accepted (AUTH_REPO=test).
'use strict';
const http = require('http');
const port = Number(process.argv[2] || 0);
Object.assign(process.env, {
  EXPRESS_PORT: '1', AUTH_REPO: 'test', EVENTS_REPO: 'test', MODELS_REPO: 'memory', STORAGE_REPO: 'local',
  LOG_LEVEL: 'error', WINSTON_CONSOLE_LEVEL: 'error', STORAGE_SUBFOLDER: process.env.LRS_STORAGE || '/tmp/rapport-lrs-storage',
});
const listen = http.Server.prototype.listen;
http.Server.prototype.listen = function (_port, callback) {
  const server = this;
  server.once('listening', () => process.stdout.write(`listening ${server.address().port}\n`));
  return listen.call(server, port, '127.0.0.1', typeof callback === 'function' ? callback : undefined);
};
require('xapi-statements/dist/server');
