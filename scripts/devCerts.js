// The https options of `npm run dev-server`. office-addin-dev-certs installs its certificate authority with `sudo`,
// which a root shell on Debian usually lacks ("sudo: not found"): as root on Linux, the same certificates are made with
// office-addin-dev-certs and its CA is trusted by copying it where update-ca-certificates looks, without sudo.
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const devCerts = require('office-addin-dev-certs');
const defaults = require('office-addin-dev-certs/lib/defaults');

const SYSTEM_CA_DIR = '/usr/local/share/ca-certificates/office-addin-dev-certs';
const UPDATE_CA = '/usr/sbin/update-ca-certificates';

/** True when the office-addin-dev-certs route (sudo) cannot work here: root on Linux. */
function needsRootRoute({ platform = process.platform, uid = process.getuid ? process.getuid() : -1 } = {}) {
  return platform === 'linux' && uid === 0;
}

/** Copies the CA into the system store (Debian's update-ca-certificates), as install_linux.sh does without sudo. */
function trustCa(caPath, { systemDir = SYSTEM_CA_DIR, updateCa = UPDATE_CA, log = console.log } = {}) {
  if (!fs.existsSync(updateCa)) {
    log(`Roadmap Monitor: ${updateCa} not found (apt-get install ca-certificates); the browser will warn about ${caPath} until you trust it.`);
    return false;
  }
  fs.mkdirSync(systemDir, { recursive: true });
  fs.copyFileSync(caPath, path.join(systemDir, path.basename(caPath)));
  execFileSync(updateCa, { stdio: 'ignore' });
  return true;
}

/** Certificate, key and CA for https://localhost, made (and the CA trusted) when missing or expired. */
async function devServerHttps(options = {}) {
  if (!needsRootRoute(options)) return devCerts.getHttpsServerOptions();
  const log = options.log || console.log;
  const paths = { ca: defaults.caCertificatePath, cert: defaults.localhostCertificatePath, key: defaults.localhostKeyPath };
  let valid = false;
  try {
    valid = devCerts.verifyCertificates(paths.cert, paths.key);
  } catch {
    valid = false; // the verify script failed: make them anew
  }
  if (!valid) {
    await devCerts.generateCertificates(paths.ca, paths.cert, paths.key);
    trustCa(paths.ca, { log });
    log(`Roadmap Monitor: certificates for https://localhost in ${path.dirname(paths.cert)}; CA trusted system-wide.`);
  }
  return { ca: fs.readFileSync(paths.ca), cert: fs.readFileSync(paths.cert), key: fs.readFileSync(paths.key) };
}

module.exports = { devServerHttps, needsRootRoute, trustCa };
