#!/usr/bin/env python3
"""Interoperability check run by CI: Google's protobuf runtime (protoc-generated code) against a real host."""
import sys

import os

from cyphub_client import CallError, Checks, Client, parse_arguments, token_from_environment
from cyphub.admin.v1 import admin_pb2
from cyphub.capital.v1 import capital_pb2
from cyphub.host.v1 import host_pb2
from cyphub.send.v1 import send_pb2
from cyphub.socialcare.v1 import socialcare_pb2
from cyphub.sufficiency.v1 import sufficiency_pb2

check = Checks()


# ADDRESS [--ca FILE] [--cert FILE --key FILE]: plaintext, or TLS with Python's ssl module.
# CYPHUB_TOKEN set: every call carries it as `authorization: Bearer <token>`.
address, tls = parse_arguments(sys.argv[1:])
token = token_from_environment()
client = Client(address, tls, token)
print("over " + ("TLS " + client.sock.version() if tls else "plaintext") + (", with a bearer token" if token else ""))
health = client.call("cyphub.host.v1.Health/Check", host_pb2.HealthCheckRequest(), host_pb2.HealthCheckResponse)
check("health is SERVING", health.status == host_pb2.SERVING_STATUS_SERVING)
whoami = client.call("cyphub.admin.v1.Identity/WhoAmI", admin_pb2.WhoAmIRequest(), admin_pb2.WhoAmIResponse)
print(f"calls run as {whoami.name} ({whoami.role})")
# CYPHUB_EXPECT_PRINCIPAL: the principal the token must resolve to (the host resolves tokens once access control
# authenticates calls); without a token, a loopback demo host runs calls as "anonymous".
expected = os.environ.get("CYPHUB_EXPECT_PRINCIPAL") or (None if token else "anonymous")
check(f"WhoAmI answers {expected or 'a principal'}", whoami.name == expected if expected else whoami.name != "")
check("every module reports", sorted(m.module for m in health.modules) == [
    "capital", "indicators", "send", "social-care", "sufficiency", "workforce"])

snapshot = client.call(
    "cyphub.socialcare.v1.SocialCare/GetSnapshot",
    socialcare_pb2.GetSnapshotRequest(authority="E06000016", date="2024-10-04"),
    socialcare_pb2.Snapshot,
)
rows = {row.key: row.value_display for row in snapshot.rows}
check("CP rate per 10,000 is 47", rows.get("child_protection_rate") == "47")
check("CIN rate per 10,000 is 226", rows.get("children_in_need_rate") == "226")

forecast = client.call(
    "cyphub.send.v1.SEND/GetHighNeedsForecast",
    send_pb2.GetHighNeedsForecastRequest(authority="E10000018"),
    send_pb2.HighNeedsForecast,
)
check("High Needs deficit carried forward 2027/28 is 110,629", round(forecast.years[-1].deficit_carried_forward) == 110629)

programme = client.call(
    "cyphub.capital.v1.Capital/GetProgramme",
    capital_pb2.GetProgrammeRequest(authority="E10000018"),
    capital_pb2.GetProgrammeResponse,
)
check("capital programme 2024/25-2027/28 totals 89,801 (£000)", round(programme.total) == 89801)
check("Additional School Places total 63,555", round(programme.groups[0].total) == 63555)

specialist = client.call(
    "cyphub.sufficiency.v1.Sufficiency/GetSpecialistPlaces",
    sufficiency_pb2.SpecialistPlacesRequest(authority="E10000018"),
    sufficiency_pb2.SpecialistPlacesReport,
)
check("specialist EHCPs aged 5-10 are 1,060", specialist.primary_base == 1060)
gap = client.call(
    "cyphub.sufficiency.v1.Sufficiency/GetPlacesGap",
    sufficiency_pb2.PlacesGapRequest(authority="E10000018", phase=sufficiency_pb2.PHASE_PRIMARY, planning_area="P01"),
    sufficiency_pb2.PlacesGapReport,
)
check("P01 gains 420 planned places from 2025/26", [y.planned_places for y in gap.areas[0].years] == [0, 420, 420, 420, 420])

try:
    client.call("cyphub.nothing.v1.Nothing/Do", host_pb2.HealthCheckRequest(), host_pb2.HealthCheckResponse)
    check("unknown method is refused", False)
except CallError as error:
    check("unknown method is UNIMPLEMENTED (12)", error.code == 12)

try:
    client.call(
        "cyphub.socialcare.v1.SocialCare/GetSnapshot",
        socialcare_pb2.GetSnapshotRequest(authority="leicester", date="2024-10-04"),
        socialcare_pb2.Snapshot,
    )
    check("a malformed authority is refused", False)
except CallError as error:
    check("a malformed authority is INVALID_ARGUMENT (3)", error.code == 3)

client.close()
sys.exit(check.finish())
