// HTTPS in front of the test LRS: terminates TLS with the given certificate and key on
// 127.0.0.1 and passes the bytes to the LRS's plain HTTP port. Prints "listening PORT".
// usage: node tls_proxy.js CERT KEY LRS_PORT
'use strict';
const fs = require('fs');
const net = require('net');
const tls = require('tls');
const [cert, key, lrsPort] = process.argv.slice(2);
const server = tls.createServer({ cert: fs.readFileSync(cert), key: fs.readFileSync(key) }, (client) => {
  const upstream = net.connect(Number(lrsPort), '127.0.0.1');
  client.pipe(upstream).pipe(client);
  const drop = () => { client.destroy(); upstream.destroy(); };
  client.on('error', drop);
  upstream.on('error', drop);
});
server.on('tlsClientError', () => {}); // a client that refuses our certificate just leaves
server.listen(0, '127.0.0.1', () => process.stdout.write(`listening ${server.address().port}\n`));
