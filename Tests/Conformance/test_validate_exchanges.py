"""Tests for validate_exchanges.py.

Run:  python3 -m unittest discover -s Tests/Conformance

Exchanges are built from the spec's own `example`s (ExampleSynthesizer below); they must
pass. Mutated copies must fail. Each intent fix is shown to be needed (the literal spec
rejects valid data) and not to be a blanket relaxation.
"""

import copy
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import validate_exchanges as ve  # noqa: E402

SCRIPT = os.path.join(HERE, "validate_exchanges.py")

# The endpoints the TUI uses (API-DIGEST.md §2.0).
ENDPOINTS = """
apiKey.info user.list user.search department.list location.list job.list job.info opening.list
jobPosting.list hiringTeamRole.list customField.list surveyFormDefinition.list surveySubmission.list
interviewPlan.list interviewStage.list candidate.list candidate.info candidate.search
candidate.listNotes candidate.createNote application.list application.info application.listHistory
application.changeStage archiveReason.list source.list interview.list interviewEvent.list
interviewSchedule.list applicationFeedback.list applicationFeedback.submit
feedbackFormDefinition.list offer.list offer.info offer.approve approval.list
""".split()

# Spec examples that still fail after the intent fixes: spec bugs to document in README.md.
# Empty: every example of every path conforms once the fixes are applied.
KNOWN_FAILING_SPEC_EXAMPLES = {}

# What the *literal* spec (no fixes) rejects among the synthesized spec examples: the
# spec contradicting itself, i.e. evidence for fixes 2 and 8 (see README.md).
LITERAL_SPEC_REJECTS_OWN_EXAMPLES = {
    "/location.list": "request",        # fix_allof_additional_properties
    "/interviewEvent.list": "request",  # fix_allof_additional_properties
    "/jobPosting.info": "response",     # fix_description_parts_nullable
    "/jobPosting.update": "response",   # fix_description_parts_nullable
}

_CACHE = {}


def spec():
    if "spec" not in _CACHE:
        _CACHE["spec"] = ve.load_spec(ve.DEFAULT_SPEC)
    return _CACHE["spec"]


def checker():
    if "checker" not in _CACHE:
        _CACHE["checker"] = ve.ConformanceChecker(spec())
    return _CACHE["checker"]


def literal_checker():
    """The spec applied literally (no intent fixes)."""
    if "literal" not in _CACHE:
        _CACHE["literal"] = ve.ConformanceChecker(spec(), fixes=())
    return _CACHE["literal"]


def slow_checker():
    """jsonschema only (no compiled pre-check)."""
    if "slow" not in _CACHE:
        _CACHE["slow"] = ve.ConformanceChecker(spec(), use_fast=False)
    return _CACHE["slow"]


# --------------------------------------------------------------------------------------
# Building instances from the spec's own examples
# --------------------------------------------------------------------------------------

class _G:
    """A synthesized value and its strength: 2 = spec `example`, 1 = enum/const/format, 0 = type default."""
    __slots__ = ("v", "s")

    def __init__(self, v, s):
        self.v, self.s = v, s


def _literal(value, strength):
    if isinstance(value, dict):
        return _G({k: _literal(x, strength) for k, x in value.items()}, strength)
    if isinstance(value, list):
        return _G([_literal(x, strength) for x in value], strength)
    return _G(value, strength)


def _unwrap(g):
    if g is None:
        return None
    if isinstance(g.v, dict):
        return {k: _unwrap(x) for k, x in g.v.items()}
    if isinstance(g.v, list):
        return [_unwrap(x) for x in g.v]
    return g.v


def _merge(a, b):
    """allOf merge: objects member-wise; otherwise the stronger value (the first on a tie)."""
    if a is None:
        return b
    if b is None:
        return a
    if isinstance(a.v, dict) and isinstance(b.v, dict):
        out = dict(a.v)
        for k, x in b.v.items():
            out[k] = _merge(out.get(k), x)
        return _G(out, max(a.s, b.s))
    return b if b.s > a.s else a


class ExampleSynthesizer:
    """Build an instance of a (raw, unfixed) spec schema from the spec's own `example`s.

    Wherever a schema carries an `example`, that example is used verbatim (so it gets
    validated); elsewhere the first enum value, a format sample or a type default is used.
    Every declared property is filled in, and anyOf/oneOf take their first non-null branch.
    """

    DATE_TIME = "2024-01-15T10:30:00.000Z"
    UUID = "3ae2b801-19f6-41ef-ad28-214bd731948f"

    def __init__(self, document):
        self.doc = document

    def value(self, schema):
        return _unwrap(self._gen(schema, 0, ()))

    def _gen(self, s, depth, stack):
        if not isinstance(s, dict) or depth > 40:
            return None
        if "example" in s:
            return _literal(copy.deepcopy(s["example"]), 2)
        if isinstance(s.get("$ref"), str):
            ref = s["$ref"]
            if ref in stack:
                return None
            return self._gen(ve.resolve_pointer(self.doc, ref[1:]), depth + 1, stack + (ref,))
        if "const" in s:
            return _G(s["const"], 1)
        if isinstance(s.get("enum"), list):
            values = [v for v in s["enum"] if v is not None]
            return _G(values[0] if values else None, 1)
        out = None
        for branch in s.get("allOf") or ():
            out = _merge(out, self._gen(branch, depth + 1, stack))
        out = _merge(out, self._plain(s, depth, stack))
        for key in ("oneOf", "anyOf"):
            branches = s.get(key)
            if not isinstance(branches, list):
                continue
            if all(isinstance(b, dict) and set(b) <= {"required", "title", "description"} for b in branches):
                # Alternatives that only differ in `required`: satisfy the first, drop the others' fields.
                mine = set(branches[0].get("required", ()))
                others = set().union(*[set(b.get("required", ())) for b in branches[1:]]) - mine
                if out is not None and isinstance(out.v, dict):
                    for name in others:
                        out.v.pop(name, None)
                continue
            chosen = None
            for branch in branches:
                r = self._gen(branch, depth + 1, stack)
                if r is None:
                    continue
                if r.v is not None:
                    chosen = r
                    break
                chosen = chosen or r
            out = _merge(out, chosen)
        return out

    def _plain(self, s, depth, stack):
        t = s.get("type")
        if isinstance(t, list):
            t = next((x for x in t if x != "null"), "null")
        if t == "object" or "properties" in s:
            out = {}
            props = s.get("properties") or {}
            if list(props) == ["$ref"]:  # the candidate.update oddity
                return _G(out, 0)
            for name, sub in props.items():
                r = self._gen(sub, depth + 1, stack)
                if r is not None:
                    out[name] = r
            return _G(out, 0)
        if t == "array" or "items" in s:
            r = self._gen(s.get("items"), depth + 1, stack)
            return _G([] if r is None else [r], 0)
        if t == "string":
            fmt = s.get("format")
            if fmt == "date-time":
                return _G(self.DATE_TIME, 1)
            if fmt == "uuid":
                return _G(self.UUID, 1)
            return _G("example", 0)
        if t in ("integer", "number"):
            return _G(1, 0)
        if t == "boolean":
            return _G(True, 0)
        if t == "null":
            return _G(None, 0)
        return None


def _op(path):
    return spec()["paths"][path]["post"]


def synthesized_request(path):
    body = (_op(path).get("requestBody") or {}).get("content", {}).get("application/json")
    if not body:
        return None
    value = ExampleSynthesizer(spec()).value(body["schema"])
    return {} if value is None else value


def synthesized_success_responses(path):
    """One success envelope per success branch of the 200 schema."""
    content = _op(path)["responses"]["200"].get("content") or {}
    schema = (content.get("application/json") or {}).get("schema")
    if not schema:
        return []
    out = []
    for branch in schema.get("oneOf", [schema]):
        if ve.is_error_branch(branch):
            continue
        value = ExampleSynthesizer(spec()).value(branch)
        if isinstance(value, dict):
            value["success"] = True
        out.append(value)
    return out


def error_envelope_example():
    return copy.deepcopy(ve.resolve_pointer(spec(), ve.ERROR_ENVELOPE_PTR)["example"])


def exchange(path, request, response, status=200):
    return {"path": path, "status": status, "request": request, "response": response}


def success(path):
    return synthesized_success_responses(path)[0]


def violations(ex, c=None):
    return (c or checker()).check_exchange(ex, 1)[0]


def whole_examples(path):
    """(label, status, kind, value) for every content/schema-level example of a path."""
    out = []
    op = _op(path)
    body = (op.get("requestBody") or {}).get("content", {}).get("application/json") or {}
    groups = [("request", 200, body)]
    for status, response in (op.get("responses") or {}).items():
        groups.append(("response", int(status), (response.get("content") or {}).get("application/json") or {}))
    for kind, status, media in groups:
        if "example" in media:
            out.append(("content.example", status, kind, media["example"]))
        for name, ex in (media.get("examples") or {}).items():
            if "$ref" in ex:
                ex = ve.resolve_pointer(spec(), ex["$ref"][1:])
            out.append(("examples." + name, status, kind, ex.get("value")))
        if "example" in (media.get("schema") or {}):
            out.append(("schema.example", status, kind, media["schema"]["example"]))
    return out


# --------------------------------------------------------------------------------------
# Spec examples must pass
# --------------------------------------------------------------------------------------

class SpecExamplesTest(unittest.TestCase):
    def test_endpoints_exist(self):
        for name in ENDPOINTS:
            self.assertIn("/" + name, spec()["paths"], name)

    def test_endpoint_examples_conform(self):
        for name in ENDPOINTS:
            path = "/" + name
            request = synthesized_request(path)
            responses = synthesized_success_responses(path)
            self.assertTrue(responses, path)
            for response in responses:
                with self.subTest(path=path, kind="success"):
                    self.assertIn("results", response)
                    self.assertEqual(violations(exchange(path, request, response)), [])
            with self.subTest(path=path, kind="error envelope"):
                self.assertEqual(violations(exchange(path, request, error_envelope_example())), [])

    def test_whole_examples_conform(self):
        """Every request/response example given as a whole document, on every path."""
        count = 0
        for path in spec()["paths"]:
            for label, status, kind, value in whole_examples(path):
                count += 1
                ex = exchange(path, value if kind == "request" else None,
                              value if kind == "response" else None, status)
                found = [v for v in violations(ex) if v.part == kind]
                with self.subTest(path=path, example=label, kind=kind):
                    self.assertEqual(found, [])
        self.assertGreater(count, 20)

    def test_every_path_synthesized_example_conforms(self):
        failures = {}
        for path in spec()["paths"]:
            request = synthesized_request(path)
            for response in synthesized_success_responses(path) or [None]:
                for v in violations(exchange(path, request, response)):
                    failures.setdefault(path, []).append(v.format())
        self.assertEqual(sorted(failures), sorted(KNOWN_FAILING_SPEC_EXAMPLES),
                         "\n".join(line for lines in failures.values() for line in lines))

    def test_literal_spec_rejects_its_own_examples(self):
        """Documents the spec bugs that motivate fixes 2 and 8."""
        failures = {}
        for path in spec()["paths"]:
            request = synthesized_request(path)
            for response in synthesized_success_responses(path) or [None]:
                for v in violations(exchange(path, request, response), literal_checker()):
                    failures[path] = v.part
        self.assertEqual(failures, LITERAL_SPEC_REJECTS_OWN_EXAMPLES)


# --------------------------------------------------------------------------------------
# Mutations must fail
# --------------------------------------------------------------------------------------

class MutationTest(unittest.TestCase):
    def assertViolation(self, ex, pointer=None, contains=None, part=None):
        found = violations(ex)
        self.assertTrue(found, "expected a violation for %s" % json.dumps(ex)[:200])
        if pointer is not None or contains is not None or part is not None:
            ok = [v for v in found
                  if (pointer is None or v.pointer == pointer)
                  and (contains is None or contains in v.message)
                  and (part is None or v.part == part)]
            self.assertTrue(ok, "no violation at %s containing %r in %s" % (pointer, contains, found))
        return found

    def candidate_list(self):
        response = success("/candidate.list")
        self.assertTrue(response["results"])
        return response

    def test_baseline_candidate_list_passes(self):
        self.assertEqual(violations(exchange("/candidate.list", {}, self.candidate_list())), [])

    def test_required_field_removed_from_candidate(self):
        response = self.candidate_list()
        del response["results"][0]["name"]
        self.assertViolation(exchange("/candidate.list", {}, response), "/results/0", "'name'")

    def test_required_field_removed_from_candidate_info(self):
        response = success("/candidate.info")
        del response["results"]["emailAddresses"]
        self.assertViolation(exchange("/candidate.info", {"id": "x"}, response), "/results", "'emailAddresses'")

    def test_wrong_type(self):
        response = self.candidate_list()
        response["results"][0]["name"] = 42
        self.assertViolation(exchange("/candidate.list", {}, response), "/results/0/name", "string")
        response = self.candidate_list()
        response["moreDataAvailable"] = "no"
        self.assertViolation(exchange("/candidate.list", {}, response), "/moreDataAvailable", "boolean")

    def test_wrong_request_type(self):
        self.assertViolation(exchange("/candidate.list", {"limit": "100"}, None), "/limit", part="request")

    def test_unknown_enum_value(self):
        response = success("/application.info")
        response["results"]["status"] = "Pending"
        self.assertViolation(exchange("/application.info", {"applicationId": "a"}, response),
                             "/results/status", "not one of")
        response = self.candidate_list()
        response["results"][0]["emailAddresses"][0]["type"] = "Business"
        self.assertViolation(exchange("/candidate.list", {}, response),
                             "/results/0/emailAddresses/0/type", "not one of")

    def test_unknown_request_enum_value(self):
        self.assertViolation(exchange("/job.list", {"status": ["Open", "Paused"]}, None),
                             "/status/1", "not one of", part="request")

    def test_success_envelope_without_results(self):
        response = self.candidate_list()
        del response["results"]
        self.assertViolation(exchange("/candidate.list", {}, response), "/", "'results'")

    def test_bad_date_time(self):
        for bad in ("2024-02-30T10:00:00Z", "2024-01-15 10:30:00", "yesterday", "2024-01-15T10:30:00",
                    "1705314600000"):
            response = self.candidate_list()
            response["results"][0]["createdAt"] = bad
            with self.subTest(value=bad):
                self.assertViolation(exchange("/candidate.list", {}, response),
                                     "/results/0/createdAt", "date-time")

    def test_unknown_path(self):
        self.assertViolation(exchange("/candidate.lists", {}, None), "/", "not a POST operation")

    def test_unknown_field_where_spec_is_strict(self):
        self.assertViolation(exchange("/location.list", {"cursor": "c", "includeArchived": True, "bogus": 1}, None),
                             "/", "bogus", part="request")
        self.assertViolation(exchange("/candidate.removeTag", {"candidateId": "c", "tagId": "t", "x": 1}, None),
                             "/", "x", part="request")

    def test_null_request_where_fields_are_required(self):
        self.assertViolation(exchange("/candidate.info", None, None), part="request", contains="no JSON body")
        self.assertEqual(violations(exchange("/candidate.list", None, None)), [])

    def test_error_envelope_mutations(self):
        env = error_envelope_example()
        del env["errorInfo"]["code"]
        self.assertViolation(exchange("/candidate.list", {}, env), "/errorInfo", "'code'")
        env = error_envelope_example()
        del env["errors"]
        self.assertViolation(exchange("/candidate.list", {}, env), "/", "'errors'")
        env = error_envelope_example()
        env["errorInfo"]["code"] = 7
        self.assertViolation(exchange("/candidate.list", {}, env), "/errorInfo/code", "string")

    def test_success_flag_selects_branch(self):
        # An error-shaped body that claims success is checked as a success envelope.
        env = error_envelope_example()
        env["success"] = True
        self.assertViolation(exchange("/candidate.list", {}, env), "/", "'results'")
        # A success-shaped body that claims failure is checked as an error envelope.
        response = self.candidate_list()
        response["success"] = False
        self.assertViolation(exchange("/candidate.list", {}, response), "/", "'errors'")
        # No usable `success` at all.
        self.assertViolation(exchange("/candidate.list", {}, {"results": []}))

    def test_error_envelope_for_endpoint_without_error_branch(self):
        # hiringTeamRole.list declares two success forms and no "Error response" branch.
        self.assertEqual(violations(exchange("/hiringTeamRole.list", {}, error_envelope_example())), [])
        self.assertViolation(exchange("/hiringTeamRole.list", {}, {"success": False}), "/", "'errors'")

    def test_undeclared_status_uses_generic_envelope(self):
        self.assertEqual(violations(exchange("/candidate.list", {}, error_envelope_example(), 401)), [])
        self.assertViolation(exchange("/candidate.list", {}, self.candidate_list(), 500), "/", "'errors'")
        # Declared non-200 status (report.generate 429) uses its own schema.
        self.assertEqual(violations(exchange("/report.generate", {"reportId": "r"}, error_envelope_example(), 429)), [])
        self.assertViolation(exchange("/report.generate", {"reportId": "r"}, {"success": False}, 429))

    def test_non_json_body_is_skipped_but_request_checked(self):
        found, skipped = checker().check_exchange(exchange("/candidate.list", {}, None, 502))
        self.assertEqual((found, skipped), ([], "non-JSON body"))
        found, skipped = checker().check_exchange(exchange("/candidate.info", {}, None, 502))
        self.assertEqual(skipped, "non-JSON body")
        self.assertTrue(found)

    def test_malformed_records(self):
        for record in ([], {"path": "/candidate.list"}, {"path": "/candidate.list", "status": "200",
                                                          "request": None, "response": None},
                       {"path": "/candidate.list", "status": 200, "response": None}):
            with self.subTest(record=record):
                self.assertTrue(checker().check_exchange(record)[0])

    def test_body_sent_where_spec_declares_none(self):
        path = next(p for p, item in spec()["paths"].items() if "requestBody" not in item["post"])
        self.assertEqual(violations(exchange(path, {}, None)), [])
        self.assertViolation(exchange(path, {"x": 1}, None), "/", "no request body")


# --------------------------------------------------------------------------------------
# Intent fixes: each is needed, and none is a blanket relaxation
# --------------------------------------------------------------------------------------

class IntentFixTest(unittest.TestCase):
    def assertNeedsFix(self, ex):
        self.assertTrue(violations(ex, literal_checker()), "literal spec unexpectedly accepts it")
        self.assertEqual(violations(ex), [])

    def interview_event_list(self):
        response = success("/interviewEvent.list")
        event = response["results"][0]
        self.assertIn("trainingRole", event["interviewers"][0])
        return response, event

    def test_fixes_are_applied(self):
        applied = checker().fixes_applied
        for name in ve.INTENT_FIXES:
            if name == "fix_openapi30_nullable":
                continue  # this spec version has no `nullable`; see test_openapi30_nullable
            self.assertTrue(applied.get(name), name)

    def test_allof_additional_properties(self):
        self.assertNeedsFix(exchange("/location.list", {"cursor": "c", "limit": 10, "syncToken": "s",
                                                        "includeArchived": True}, None))
        self.assertNeedsFix(exchange("/interviewEvent.list", {"interviewScheduleId": "i", "cursor": "c",
                                                              "limit": 5, "expand": ["interview"]}, None))
        # Still strict: unknown fields, required fields and sibling types.
        self.assertTrue(violations(exchange("/interviewEvent.list", {"interviewScheduleId": "i", "nope": 1}, None)))
        self.assertTrue(violations(exchange("/interviewEvent.list", {"cursor": "c"}, None)))
        self.assertTrue(violations(exchange("/location.list", {"limit": "ten"}, None)))

    def test_enum_lacking_null(self):
        response, event = self.interview_event_list()
        event["interviewers"][0]["trainingRole"] = None
        self.assertNeedsFix(exchange("/interviewEvent.list", {"interviewScheduleId": "i"}, response))
        event["interviewers"][0]["trainingRole"] = "Observer"
        self.assertTrue(violations(exchange("/interviewEvent.list", {"interviewScheduleId": "i"}, response)))

    def test_null_type_beside_composition(self):
        response, event = self.interview_event_list()
        event["notetakerTranscriptId"] = None
        self.assertNeedsFix(exchange("/interviewEvent.list", {"interviewScheduleId": "i"}, response))
        event["notetakerTranscriptId"] = 12
        self.assertTrue(violations(exchange("/interviewEvent.list", {"interviewScheduleId": "i"}, response)))

    def test_field_submission_value(self):
        request = synthesized_request("/applicationFeedback.submit")
        for value in ({"score": 4}, True, 3, ["a"], None):
            request["feedbackForm"]["fieldSubmissions"] = [{"path": "overall", "value": value}]
            with self.subTest(value=value):
                self.assertNeedsFix(exchange("/applicationFeedback.submit", request, None))
        request["feedbackForm"]["fieldSubmissions"] = [{"path": "overall"}]
        self.assertTrue(violations(exchange("/applicationFeedback.submit", request, None)))

    def test_oneof_overlap(self):
        # hiringTeamRole.list: [] matches both the namesOnly:true and namesOnly:false forms.
        self.assertNeedsFix(exchange("/hiringTeamRole.list", {}, {"success": True, "results": []}))
        # candidate.info: id beside externalMappingId matches both request forms.
        self.assertNeedsFix(exchange("/candidate.info", {"id": "c", "externalMappingId": "e"}, None))
        # applicationFeedback.submit: the second form is a superset of the first.
        request = synthesized_request("/applicationFeedback.submit")
        request.update({"userId": "u", "interviewEventId": "e"})
        self.assertNeedsFix(exchange("/applicationFeedback.submit", request, None))
        # Custom-field values: a date-time string is both a Date and a String.
        response = success("/candidate.info")
        response["results"]["customFields"][0]["value"] = "2024-01-15T10:30:00Z"
        self.assertNeedsFix(exchange("/candidate.info", {"id": "c"}, response))
        # Still enforced: a value matching no alternative, a request matching no form.
        response["results"]["customFields"][0]["value"] = [1, 2]
        self.assertTrue(violations(exchange("/candidate.info", {"id": "c"}, response)))
        self.assertTrue(violations(exchange("/candidate.info", {"name": "x"}, None)))

    def test_required_only_oneof_keeps_mutual_exclusion(self):
        events = {"interviewScheduleId": "s", "interviewEvent": {"interviewEventId": "e"},
                  "interviewEventIdToCancel": "e"}
        self.assertTrue(violations(exchange("/interviewSchedule.update", events, None)))

    def test_properties_ref(self):
        # Literally, `properties: {$ref: ...}` declares a property named "$ref", so location is unchecked.
        request = {"candidateId": "c", "location": {"city": 5}}
        self.assertEqual(violations(exchange("/candidate.update", request, None), literal_checker()), [])
        self.assertTrue(violations(exchange("/candidate.update", request, None)))
        request["location"] = {"city": "Berlin", "region": "Berlin", "country": "Germany"}
        self.assertEqual(violations(exchange("/candidate.update", request, None)), [])

    def test_description_parts_nullable(self):
        response = success("/jobPosting.info")
        parts = response["results"]["descriptionParts"]
        parts["descriptionOpening"] = None
        parts["descriptionClosing"] = {"html": None, "plain": None}
        self.assertNeedsFix(exchange("/jobPosting.info", {"jobPostingId": "j"}, response))
        parts["descriptionBody"] = None
        self.assertTrue(violations(exchange("/jobPosting.info", {"jobPostingId": "j"}, response)))

    def test_success_requires_results(self):
        for path in ("/candidate.createNote", "/hiringTeamRole.list", "/assessment.list"):
            with self.subTest(path=path):
                literal = violations(exchange(path, None, {"success": True}), literal_checker())
                self.assertEqual([v for v in literal if v.part == "response"], [])
                found = violations(exchange(path, None, {"success": True}))
                self.assertTrue(any("'results'" in v.message for v in found), found)
        self.assertEqual(len(checker().fixes_applied["fix_success_requires_results"]), 3)

    def test_openapi30_nullable(self):
        mini = {
            "openapi": "3.1.0",
            "paths": {"/thing.info": {"post": {
                "requestBody": {"content": {"application/json": {"schema": {
                    "type": "object", "additionalProperties": False,
                    "properties": {
                        "a": {"type": "string", "nullable": True},
                        "b": {"allOf": [{"type": "string"}], "nullable": True},
                        "c": {"type": "string", "enum": ["x"], "nullable": True}}}}}},
                "responses": {"200": {"content": {"application/json": {"schema": {"type": "object"}}}}}}}},
        }
        fixed = ve.ConformanceChecker(mini)
        literal = ve.ConformanceChecker(mini, fixes=())
        request = {"a": None, "b": None, "c": None}
        self.assertTrue(violations(exchange("/thing.info", request, None), literal))
        self.assertEqual(violations(exchange("/thing.info", request, None), fixed), [])
        self.assertTrue(violations(exchange("/thing.info", {"a": 1, "b": 2, "c": "y"}, None), fixed))

    def test_fixes_do_not_touch_the_input_spec(self):
        raw = spec()
        location = raw["paths"]["/candidate.update"]["post"]["requestBody"]["content"][
            "application/json"]["schema"]["properties"]["location"]
        self.assertEqual(list(location["properties"]), ["$ref"])
        self.assertIn("oneOf", raw["paths"]["/candidate.info"]["post"]["requestBody"]["content"][
            "application/json"]["schema"])

    def test_every_ref_resolves_after_fixes(self):
        for holder in ve.iter_ref_holders(checker().doc):
            ref = holder["$ref"]
            if ref.startswith("#"):
                ve.resolve_pointer(checker().doc, ref[1:])


# --------------------------------------------------------------------------------------
# The compiled pre-check must agree with jsonschema
# --------------------------------------------------------------------------------------

def _mutations(value, rng, pointer=()):
    """Yield (description, mutated deep copy) for random single-point mutations."""
    paths = []

    def walk(node, p):
        paths.append(p)
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, p + (k,))
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, p + (i,))
    walk(value, ())
    replacements = [None, 0, 1.5, True, "", "x", "2024-13-01T00:00:00Z", "2024-01-15T10:30:00Z", [], {},
                    ["x"], {"id": "x"}, "Work", "Hired"]
    for _ in range(12):
        target = rng.choice(paths)
        mutated = copy.deepcopy(value)
        parent = mutated
        for seg in target[:-1]:
            parent = parent[seg]
        action = rng.random()
        if not target:
            continue
        if action < 0.25 and isinstance(parent, dict):
            del parent[target[-1]]
            yield "delete %s" % (target,), mutated
        elif action < 0.35 and isinstance(parent, dict):
            parent["unexpectedField"] = 1
            yield "add beside %s" % (target,), mutated
        else:
            parent[target[-1]] = copy.deepcopy(rng.choice(replacements))
            yield "replace %s" % (target,), mutated


class FastPathTest(unittest.TestCase):
    def test_fast_path_covers_every_endpoint(self):
        c = checker()
        for name in ENDPOINTS:
            path = "/" + name
            pointers = []
            req = c.request_schema_pointer(path)
            if req:
                pointers.append([req])
            succ, err, _ = c.response_branches(path, 200)
            pointers += [succ, err]
            for ptrs in pointers:
                with self.subTest(path=path, pointers=ptrs):
                    self.assertIsNotNone(c.factory.fast_for(ptrs))

    def test_fast_verdict_matches_jsonschema(self):
        rng = random.Random(20240115)
        c = checker()
        compared = 0
        for name in ENDPOINTS:
            path = "/" + name
            succ, err, _ = c.response_branches(path, 200)
            fast = c.factory.fast_for(succ)
            slow = c.factory.for_pointers(succ)
            for base in synthesized_success_responses(path):
                for label, mutated in _mutations(base, rng):
                    compared += 1
                    with self.subTest(path=path, mutation=label):
                        self.assertEqual(fast(mutated), slow.is_valid(mutated))
            req = c.request_schema_pointer(path)
            if req:
                fast, slow = c.factory.fast_for([req]), c.factory.for_pointers([req])
                for label, mutated in _mutations(synthesized_request(path), rng):
                    compared += 1
                    with self.subTest(path=path, request_mutation=label):
                        self.assertEqual(fast(mutated), slow.is_valid(mutated))
        self.assertGreater(compared, 400)

    def test_same_findings_without_fast_path(self):
        response = success("/candidate.list")
        response["results"][0]["createdAt"] = "nope"
        del response["results"][0]["name"]
        ex = exchange("/candidate.list", {"limit": "x"}, response)
        fast = [v.format() for v in violations(ex)]
        slow = [v.format() for v in violations(ex, slow_checker())]
        self.assertEqual(fast, slow)
        self.assertEqual(len(fast), 3)


    def test_detail_limit_bounds_slow_analysis(self):
        c = ve.ConformanceChecker(spec(), detail_limit=2)
        response = success("/candidate.list")
        response["results"][0]["createdAt"] = "nope"
        found = [c.check_exchange(exchange("/candidate.list", {}, response))[0] for _ in range(4)]
        self.assertEqual([len(f) for f in found], [1, 1, 1, 1])
        self.assertIn("date-time", found[1][0].message)
        self.assertIn("not analysed", found[2][0].message)
        self.assertEqual(found[2][0].key, found[3][0].key)


class DateTimeTest(unittest.TestCase):
    def test_valid(self):
        for value in ("2024-01-15T10:30:00Z", "2024-01-15T10:30:00.123Z", "2024-01-15t10:30:00z",
                      "2024-02-29T00:00:00+05:30", "2023-12-31T23:59:60Z", "2024-01-15T10:30:00.123456-08:00"):
            self.assertTrue(ve.is_rfc3339_date_time(value), value)

    def test_invalid(self):
        for value in ("2024-01-15", "2024-01-15T10:30Z", "2024-01-15 10:30:00Z", "2023-02-29T00:00:00Z",
                      "2024-04-31T00:00:00Z", "2024-01-15T24:00:00Z", "2024-01-15T10:60:00Z",
                      "2024-01-15T10:30:00+0530", "2024-01-15T10:30:00", "", "2024-1-15T10:30:00Z",
                      "2024-01-15T10:30:00.Z", "2024-01-15T10:30:00+24:00"):
            self.assertFalse(ve.is_rfc3339_date_time(value), value)

    def test_non_strings_are_not_formats_business(self):
        self.assertTrue(ve.is_rfc3339_date_time(12))


# --------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------

class CliTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)

    def write(self, lines, name="exchanges.jsonl"):
        path = os.path.join(self.tmp.name, name)
        with open(path, "w", encoding="utf-8") as fh:
            for line in lines:
                fh.write((line if isinstance(line, str) else json.dumps(line)) + "\n")
        return path

    def cli(self, *args):
        proc = subprocess.run([sys.executable, SCRIPT] + list(args), capture_output=True, text=True, timeout=300)
        return proc.returncode, proc.stdout, proc.stderr

    def conforming_exchanges(self):
        out = []
        for name in ENDPOINTS:
            path = "/" + name
            out.append(exchange(path, synthesized_request(path), success(path)))
            out.append(exchange(path, synthesized_request(path), error_envelope_example()))
        out.append(exchange("/candidate.list", {}, None, 503))
        return out

    def test_conforming_file(self):
        code, out, _ = self.cli(self.write(self.conforming_exchanges()))
        self.assertEqual(code, 0, out)
        self.assertRegex(out.strip().splitlines()[-1],
                         r"^conformance: %d exchanges, %d endpoints, 0 violations, 1 skipped: non-JSON body"
                         % (2 * len(ENDPOINTS) + 1, len(ENDPOINTS)))

    def test_explicit_spec_argument(self):
        code, out, _ = self.cli("--spec", ve.DEFAULT_SPEC, self.write(self.conforming_exchanges()))
        self.assertEqual(code, 0, out)

    def test_violations_exit_1_and_are_listed(self):
        response = success("/candidate.list")
        response["results"][0]["createdAt"] = "yesterday"
        lines = self.conforming_exchanges() + [exchange("/candidate.list", {}, response),
                                               exchange("/nope.list", {}, None), "{not json"]
        code, out, _ = self.cli(self.write(lines))
        self.assertEqual(code, 1)
        self.assertIn("/candidate.list [200] response /results/0/createdAt: not a valid date-time", out)
        self.assertIn("/nope.list", out)
        self.assertIn("not valid JSON", out)
        self.assertRegex(out.strip().splitlines()[-1], r"^conformance: \d+ exchanges, \d+ endpoints, 3 violations")

    def test_output_is_capped(self):
        lines = []
        for i in range(300):
            response = success("/candidate.list")
            response["results"][0]["field%d" % i] = 1
            response["results"][0]["name"] = i           # same violation repeated: grouped
            lines.append(exchange("/bogus%d.list" % i, {}, None))  # distinct violations
            lines.append(exchange("/candidate.list", {}, response))
        code, out, _ = self.cli(self.write(lines))
        self.assertEqual(code, 1)
        out_lines = out.strip().splitlines()
        self.assertLessEqual(len(out_lines), 51)
        self.assertIn("more like this", out)
        self.assertIn("more distinct violation(s) not shown", out)

    def test_empty_file_fails(self):
        for content in ([], ["", "   "]):
            code, out, _ = self.cli(self.write(content))
            self.assertEqual(code, 1, out)
            self.assertIn("0 exchanges", out)

    def test_usage_and_io_errors_exit_2(self):
        self.assertEqual(self.cli()[0], 2)
        self.assertEqual(self.cli(os.path.join(self.tmp.name, "missing.jsonl"))[0], 2)
        good = self.write(self.conforming_exchanges())
        self.assertEqual(self.cli("--spec", os.path.join(self.tmp.name, "missing.yml"), good)[0], 2)
        self.assertEqual(self.cli(self.tmp.name)[0], 2)  # a directory

    def test_no_fast_flag(self):
        response = success("/candidate.list")
        del response["results"][0]["tags"]
        path = self.write(self.conforming_exchanges() + [exchange("/candidate.list", {}, response)])
        code_fast, out_fast, _ = self.cli(path)
        code_slow, out_slow, _ = self.cli("--no-fast", path)
        strip = lambda text: re.sub(r"\[[0-9.]+s", "[", text)
        self.assertEqual((code_fast, strip(out_fast)), (code_slow, strip(out_slow)))
        self.assertEqual(code_fast, 1)


if __name__ == "__main__":
    unittest.main()
