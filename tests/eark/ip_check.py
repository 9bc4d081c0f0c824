"""Run eark-validator on an information package, offline, and print a short JSON verdict.

Runs under the separate environment eark-validator needs (it pins lxml 4.9.3), not the
project's: ``<eark venv>/bin/python tests/eark/ip_check.py PACKAGE``. The validator reads four
controlled vocabularies from earkcsip.dilcis.eu when it is imported; they are served from
``vocabularies/`` here instead, so the check needs no network.
"""

import io
import json
import sys
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
# eark-validator 1.1.3 asks every CREATOR agent's note for an unqualified NOTETYPE attribute of
# IDENTIFICATIONCODE (SIP14), while CSIP requires the package's one CREATOR, the software,
# to have exactly one note with csip:NOTETYPE="SOFTWARE VERSION" (CSIP15, CSIP16) and the METS
# schema allows no unqualified attribute on a note: no package can satisfy both. Reported,
# not counted.
KNOWN_FALSE_ALARMS = ("SIP14",)
_real_urlopen = urllib.request.urlopen


def _offline(url, *args, **kwargs):  # type: ignore[no-untyped-def]
    name = str(url).rsplit("/", 1)[-1]
    local = HERE / "vocabularies" / name
    if str(url).startswith("https://earkcsip.dilcis.eu/schema/") and local.is_file():
        return io.BytesIO(local.read_bytes())
    raise OSError(f"offline: {url}")


urllib.request.urlopen = _offline  # before eark_validator imports it

from eark_validator.packages import PackageValidator  # noqa: E402
from eark_validator.specifications.specification import SpecificationVersion  # noqa: E402


def main() -> int:
    report = PackageValidator(Path(sys.argv[1]), SpecificationVersion.V2_1_0).validation_report
    data = json.loads(report.model_dump_json())
    problems = []
    for message in data["structure"]["messages"]:
        if message.get("severity") == "Error":
            problems.append(f"{message.get('rule_id')}: {message.get('message')}")
    metadata = data.get("metadata") or {}
    for part in ("schema_results", "schematron_results"):
        for message in (metadata.get(part) or {}).get("messages", []):
            if (
                message.get("severity") == "Error"
                and message.get("rule_id") not in KNOWN_FALSE_ALARMS
            ):
                problems.append(f"{message.get('rule_id')}: {message.get('message')}")
    print(json.dumps({"structure": data["structure"]["status"], "errors": problems}, indent=1))
    return 0 if not problems and data["structure"]["status"] == "WellFormed" else 1


if __name__ == "__main__":
    sys.exit(main())
