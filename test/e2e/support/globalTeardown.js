module.exports = async function globalTeardown() {
  const server = globalThis.__E2E_SERVER__;
  if (server) await server.close();
};
