#!/usr/bin/env python3
"""Validate recorded Ashby HTTP exchanges against Ashby's OpenAPI spec.

Usage:
    python3 Tests/Conformance/validate_exchanges.py [--spec PATH] EXCHANGES.jsonl

Each line of EXCHANGES.jsonl is one exchange:
    {"path": "/candidate.list", "status": 200, "request": {...} | null, "response": {...} | null}

For every exchange the request body is validated against
paths[path].post.requestBody.content["application/json"].schema and the response body
against the schema declared for its HTTP status (the generic error envelope when the status
is not declared). Success envelopes are checked against the spec's "Success response"
branch and error envelopes against the "Error response" branch, chosen by the body's
`success` value. `format: date-time` strings must be RFC 3339.

The spec is taken literally except for a small, documented set of "intent fixes" (see
INTENT_FIXES below and README.md), applied to a deep copy of the spec.

Exit status: 0 = every exchange conforms; 1 = violations (or no exchange at all);
2 = usage or I/O error.

Requires only Python 3.9+, PyYAML and jsonschema >= 4.10 (Debian: python3-yaml
python3-jsonschema). Works with both the `referencing` based jsonschema (>= 4.18) and the
older RefResolver API.
"""

import argparse
import copy
import json
import os
import re
import sys
import time
import warnings

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.stderr.write("validate_exchanges: PyYAML is required (apt install python3-yaml)\n")
    sys.exit(2)
try:
    import jsonschema
except ImportError:  # pragma: no cover
    sys.stderr.write("validate_exchanges: jsonschema is required (apt install python3-jsonschema)\n")
    sys.exit(2)

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SPEC = os.path.join(HERE, "ashby-openapi.yml")

# Base URI under which the whole spec document is registered for $ref resolution. The
# `.invalid` TLD guarantees nothing is ever fetched over the network.
SPEC_URI = "https://conformance.invalid/ashby-openapi.json"

# The generic error envelope (the spec's own "Error response" schema).
ERROR_ENVELOPE_PTR = "/paths/~1report.generate/post/responses/429/content/application~1json/schema"

MAX_ERRORS_PER_PART = 5      # errors kept per request/response body
DEFAULT_MAX_LINES = 50       # lines of violation output (the summary line comes on top)
DEFAULT_DETAIL_LIMIT = 20    # failing bodies per endpoint and part explained in detail

SCHEMA_DRAFT = "2020-12" if hasattr(jsonschema, "Draft202012Validator") else "7"
VALIDATOR_CLASS = getattr(jsonschema, "Draft202012Validator", None) or jsonschema.Draft7Validator


# --------------------------------------------------------------------------------------
# JSON pointer helpers
# --------------------------------------------------------------------------------------

def ptr_escape(segment):
    return str(segment).replace("~", "~0").replace("/", "~1")


def ptr_unescape(segment):
    return segment.replace("~1", "/").replace("~0", "~")


def ptr_join(ptr, *segments):
    return ptr + "".join("/" + ptr_escape(s) for s in segments)


def resolve_pointer(doc, ptr):
    """Resolve a JSON pointer ("" or "/a/b") in doc; raises KeyError/IndexError."""
    node = doc
    if ptr in ("", "/"):
        return node
    for raw in ptr.lstrip("/").split("/"):
        seg = ptr_unescape(raw)
        if isinstance(node, list):
            node = node[int(seg)]
        else:
            node = node[seg]
    return node


def instance_pointer(path):
    return "/" + "/".join(ptr_escape(p) for p in path) if path else "/"


# --------------------------------------------------------------------------------------
# Spec loading
# --------------------------------------------------------------------------------------

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _SpecLoader(_BaseLoader):
    """Safe loader that keeps YAML timestamps as strings (JSON has no date type)."""


_SpecLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}


def load_spec(path):
    with open(path, "rb") as fh:
        return yaml.load(fh, Loader=_SpecLoader)


# --------------------------------------------------------------------------------------
# Schema traversal
# --------------------------------------------------------------------------------------

_SCHEMA_MAP_KEYWORDS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SCHEMA_LIST_KEYWORDS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_KEYWORDS = ("items", "additionalItems", "additionalProperties", "not", "if", "then", "else",
                    "contains", "propertyNames", "unevaluatedProperties", "unevaluatedItems")
_DATA_KEYWORDS = ("example", "examples", "default", "enum", "const")


def iter_schemas(doc):
    """Yield (schema_dict, pointer) for every schema object in an OpenAPI document.

    Schema roots are the values of `schema` keys (and components/schemas); below a root only
    schema keywords are followed, so property *names* are never mistaken for keywords.
    Parents are yielded before children; callers must not restructure a schema's children
    after it has been yielded (fixes mutate the yielded node in place only).
    """
    stack = [(doc, "", False)]
    while stack:
        node, ptr, is_schema = stack.pop()
        if isinstance(node, list):
            if not is_schema:
                for i, child in reversed(list(enumerate(node))):
                    stack.append((child, ptr_join(ptr, i), False))
            continue
        if not isinstance(node, dict):
            continue
        if not is_schema:
            for key, child in node.items():
                if key in ("example", "examples"):
                    continue
                if key == "schema" and isinstance(child, dict):
                    stack.append((child, ptr_join(ptr, key), True))
                elif key == "schemas" and ptr == "/components" and isinstance(child, dict):
                    for name, sub in child.items():
                        stack.append((sub, ptr_join(ptr, key, name), True))
                else:
                    stack.append((child, ptr_join(ptr, key), False))
            continue
        yield node, ptr
        children = []
        for key in _SCHEMA_MAP_KEYWORDS:
            sub = node.get(key)
            if isinstance(sub, dict):
                for name, child in sub.items():
                    children.append((child, ptr_join(ptr, key, name)))
        for key in _SCHEMA_LIST_KEYWORDS:
            sub = node.get(key)
            if isinstance(sub, list):
                for i, child in enumerate(sub):
                    children.append((child, ptr_join(ptr, key, i)))
        for key in _SCHEMA_KEYWORDS:
            sub = node.get(key)
            if isinstance(sub, dict):
                children.append((sub, ptr_join(ptr, key)))
            elif isinstance(sub, list) and key == "items":
                for i, child in enumerate(sub):
                    children.append((child, ptr_join(ptr, key, i)))
        for child, cptr in reversed(children):
            if isinstance(child, dict):
                stack.append((child, cptr, True))


def iter_ref_holders(doc):
    """Every dict in doc that holds a string `$ref`."""
    stack = [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("$ref"), str):
                yield node
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


def is_error_branch(branch):
    """The "Error response" branch of a 200 schema: the generic envelope, a branch titled so, or an
    allOf extending the envelope (application.changeStage narrows `errors` to its codes)."""
    if not isinstance(branch, dict):
        return False
    envelope = "#" + ERROR_ENVELOPE_PTR
    title = str(branch.get("title") or "").lower()
    return (branch.get("$ref") == envelope or title.startswith("error")
            or any(isinstance(b, dict) and b.get("$ref") == envelope for b in branch.get("allOf") or ()))


# --------------------------------------------------------------------------------------
# Intent fixes: each handles one place where the spec's literal schema contradicts its
# intent (API-DIGEST.md §7). They run on a deep copy, in INTENT_FIXES order.
# --------------------------------------------------------------------------------------

class SpecFixer:
    def __init__(self, doc):
        self.doc = doc
        self.applied = {}   # fix name -> list of pointers it changed
        self._ref_holders = None

    # -- helpers ------------------------------------------------------------------------
    def note(self, fix, ptr):
        self.applied.setdefault(fix, []).append(ptr)

    def schemas_deepest_first(self):
        """All schemas, descendants before ancestors, so moving a node never invalidates a pending pointer."""
        return list(reversed(list(iter_schemas(self.doc))))

    def refresh_refs(self):
        self._ref_holders = list(iter_ref_holders(self.doc))

    def resolve_ref(self, ref):
        if not ref.startswith("#"):
            raise KeyError("only local $refs are supported: %s" % ref)
        return resolve_pointer(self.doc, ref[1:])

    def deref(self, node, depth=0):
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and depth < 50:
            node = self.resolve_ref(node["$ref"])
            depth += 1
        return node

    def moved(self, old_ptr, new_ptr):
        """A schema moved from old_ptr to new_ptr: rewrite every $ref that points into it."""
        if self._ref_holders is None:
            self.refresh_refs()
        old = "#" + old_ptr
        for holder in self._ref_holders:
            ref = holder["$ref"]
            if ref == old or ref.startswith(old + "/"):
                holder["$ref"] = "#" + new_ptr + ref[len(old):]

    def make_nullable(self, node, ptr, fix):
        """Let the schema at node (in place) also accept null, however it is built."""
        types = node.get("type")
        composite = any(k in node for k in ("$ref", "allOf", "anyOf", "oneOf", "not", "const"))
        if not composite and types is not None:
            tl = types if isinstance(types, list) else [types]
            if "null" not in tl:
                node["type"] = tl + ["null"]
            if isinstance(node.get("enum"), list) and None not in node["enum"]:
                node["enum"].append(None)
        else:
            inner = dict(node)
            node.clear()
            node["anyOf"] = [{"type": "null"}, inner]
            self.moved(ptr, ptr + "/anyOf/1")
        self.note(fix, ptr)

    # -- fixes --------------------------------------------------------------------------
    def fix_properties_ref(self):
        # candidate.update `location` has `properties: {$ref: ...}` (the $ref was meant to supply the properties map).
        for node, ptr in self.schemas_deepest_first():
            props = node.get("properties")
            if isinstance(props, dict) and list(props) == ["$ref"] and isinstance(props["$ref"], str):
                node["properties"] = copy.deepcopy(self.resolve_ref(props["$ref"]))
                self.note("fix_properties_ref", ptr)
        self.refresh_refs()

    def fix_openapi30_nullable(self):
        # OpenAPI 3.0 `nullable: true` is not JSON Schema; 3.1 validators ignore it. Allow null.
        for node, ptr in self.schemas_deepest_first():
            if "nullable" in node:
                flag = node.pop("nullable")
                if flag is True:
                    self.make_nullable(node, ptr, "fix_openapi30_nullable")

    def fix_enum_lacking_null(self):
        # `type: [string, "null"]` beside an `enum` without null (interviewer trainingRole) rejects null.
        for node, ptr in iter_schemas(self.doc):
            types = node.get("type")
            enum = node.get("enum")
            if isinstance(types, list) and "null" in types and isinstance(enum, list) and None not in enum:
                enum.append(None)
                self.note("fix_enum_lacking_null", ptr)

    def fix_null_type_beside_composition(self):
        # `type: [string, "null"]` beside `allOf`/`$ref` that forbids null (interview event notetakerTranscriptId).
        for node, ptr in self.schemas_deepest_first():
            types = node.get("type")
            if (isinstance(types, list) and "null" in types
                    and any(k in node for k in ("$ref", "allOf", "anyOf", "oneOf"))):
                rest = [t for t in types if t != "null"]
                inner = dict(node)
                if rest:
                    inner["type"] = rest if len(rest) > 1 else rest[0]
                else:
                    del inner["type"]
                node.clear()
                node["anyOf"] = [{"type": "null"}, inner]
                self.moved(ptr, ptr + "/anyOf/1")
                self.note("fix_null_type_beside_composition", ptr)

    def fix_description_parts_nullable(self):
        # jobPosting descriptionParts.descriptionOpening/Closing are "returned as null" when suppressed, and the spec's own example
        # shows them as {html: null, plain: null}; neither the object nor its members are nullable. Allow both readings.
        for node, ptr in self.schemas_deepest_first():
            if not ptr.endswith("/properties/descriptionParts"):
                continue
            props = node.get("properties") or {}
            for name in ("descriptionOpening", "descriptionClosing"):
                part = props.get(name)
                if not isinstance(part, dict):
                    continue
                part_ptr = ptr_join(ptr, "properties", name)
                for i, branch in enumerate(part.get("allOf") or ()):
                    target = self.deref(branch)
                    members = (target.get("properties") or {}) if isinstance(target, dict) else {}
                    if not any(isinstance(members.get(m), dict) and "type" in members[m] for m in ("html", "plain")):
                        continue
                    if target is not branch:  # shared with descriptionBody, which stays non-nullable
                        target = copy.deepcopy(target)
                        part["allOf"][i] = target
                    for m in ("html", "plain"):
                        if isinstance(target["properties"].get(m), dict):
                            self.make_nullable(target["properties"][m],
                                               ptr_join(part_ptr, "allOf", i, "properties", m),
                                               "fix_description_parts_nullable")
                self.make_nullable(part, part_ptr, "fix_description_parts_nullable")

    def fix_field_submission_value(self):
        # fieldSubmissions[].value is typed `string` but documented as field-dependent ({"score": 4}, booleans, numbers, objects).
        for node, ptr in iter_schemas(self.doc):
            subs = (node.get("properties") or {}).get("fieldSubmissions")
            if not isinstance(subs, dict):
                continue
            items = self.deref(subs.get("items"))
            value = ((items or {}).get("properties") or {}).get("value") if isinstance(items, dict) else None
            if isinstance(value, dict) and "type" in value:
                desc = value.get("description")
                value.clear()
                if desc:
                    value["description"] = desc
                self.note("fix_field_submission_value", ptr)

    def _property_names(self, schema, seen=None):
        """Every property name a schema (through $ref/allOf/anyOf/oneOf) can evaluate."""
        seen = set() if seen is None else seen
        if not isinstance(schema, dict) or id(schema) in seen:
            return set()
        seen.add(id(schema))
        names = set((schema.get("properties") or {}).keys())
        if isinstance(schema.get("$ref"), str):
            names |= self._property_names(self.resolve_ref(schema["$ref"]), seen)
        for key in ("allOf", "anyOf", "oneOf"):
            for sub in schema.get(key) or ():
                names |= self._property_names(sub, seen)
        return names

    def fix_allof_additional_properties(self):
        # `additionalProperties: false` inside one allOf branch (location.list, interviewEvent.list requests) rejects the
        # sibling branch's properties (cursor, limit, syncToken); intent is unevaluatedProperties:false on the whole object.
        # Implemented draft-independently: the strict branch learns its siblings' property names (any value; the sibling
        # still validates them), so genuinely unknown fields are still rejected.
        for node, ptr in self.schemas_deepest_first():
            branches = node.get("allOf")
            if not isinstance(branches, list):
                continue
            for i, branch in enumerate(branches):
                target = self.deref(branch)
                if not (isinstance(target, dict) and target.get("additionalProperties") is False):
                    continue
                others = set((node.get("properties") or {}).keys())
                for j, sib in enumerate(branches):
                    if j != i:
                        others |= self._property_names(sib)
                if target is not branch:
                    # Shared (referenced) strict schema: copy it inline rather than loosening every user.
                    target = copy.deepcopy(target)
                    branches[i] = target
                props = target.setdefault("properties", {})
                added = sorted(n for n in others if n not in props)
                for name in added:
                    props[name] = {}
                if added:
                    self.note("fix_allof_additional_properties", ptr_join(ptr, "allOf", i))
        self.refresh_refs()

    def fix_oneof_to_anyof(self):
        # oneOf branches overlap (custom-field value, applicationFeedback.submit, hiringTeamRole.list, candidate.info), so valid
        # data matches several. Converted everywhere: the remaining oneOfs are type-disjoint, where anyOf is equivalent.
        # Exception: oneOfs whose branches are only `required` lists (interviewSchedule.update) state deliberate mutual
        # exclusion and are kept.
        for node, ptr in self.schemas_deepest_first():
            branches = node.get("oneOf")
            if not isinstance(branches, list):
                continue
            if all(isinstance(b, dict) and set(b) <= {"required", "title", "description"} for b in branches):
                continue
            del node["oneOf"]
            if "anyOf" not in node:
                node["anyOf"] = branches
                self.moved(ptr + "/oneOf", ptr + "/anyOf")
            else:
                all_of = node.setdefault("allOf", [])
                all_of.append({"anyOf": branches})
                self.moved(ptr + "/oneOf", "%s/allOf/%d/anyOf" % (ptr, len(all_of) - 1))
            self.note("fix_oneof_to_anyof", ptr)

    def fix_success_requires_results(self):
        # Success envelopes declare `results` as required everywhere except candidate.createNote, assessment.list and
        # hiringTeamRole.list (namesOnly: false form), which let `{"success": true}` pass. Require it where it is declared.
        for path, item in (self.doc.get("paths") or {}).items():
            media = (((item.get("post") or {}).get("responses") or {}).get("200") or {}).get("content") or {}
            schema = (media.get("application/json") or {}).get("schema") or {}
            for i, branch in enumerate(schema.get("oneOf") or schema.get("anyOf") or ()):
                if not isinstance(branch, dict) or is_error_branch(branch):
                    continue
                members = [branch] + [b for b in branch.get("allOf") or () if isinstance(b, dict)]
                declares = any("results" in (m.get("properties") or {}) for m in members)
                if declares and not any("results" in (m.get("required") or ()) for m in members):
                    branch["required"] = list(branch.get("required") or ()) + ["results"]
                    self.note("fix_success_requires_results",
                              ptr_join("", "paths", path, "post", "responses", "200", "content",
                                       "application/json", "schema", "oneOf", i))

    def compat_draft7_ref_siblings(self):
        # Only when Draft 2020-12 is unavailable: Draft 7 ignores keywords beside $ref, so wrap the $ref in allOf.
        for node, ptr in self.schemas_deepest_first():
            if isinstance(node.get("$ref"), str) and len(node) > 1:
                ref = node.pop("$ref")
                node.setdefault("allOf", []).append({"$ref": ref})
                self.note("compat_draft7_ref_siblings", ptr)
        self.refresh_refs()


# Order matters: structural repairs first, nullability next, then the allOf/oneOf rewrites.
INTENT_FIXES = (
    "fix_properties_ref",
    "fix_openapi30_nullable",
    "fix_enum_lacking_null",
    "fix_null_type_beside_composition",
    "fix_description_parts_nullable",
    "fix_field_submission_value",
    "fix_allof_additional_properties",
    "fix_success_requires_results",
    "fix_oneof_to_anyof",
)


def apply_intent_fixes(spec, fixes=INTENT_FIXES):
    """Return (fixed deep copy of spec, {fix name: [pointers changed]})."""
    fixer = SpecFixer(copy.deepcopy(spec))
    fixer.refresh_refs()
    for name in fixes:
        getattr(fixer, name)()
    if SCHEMA_DRAFT == "7":
        fixer.compat_draft7_ref_siblings()
    return fixer.doc, fixer.applied


# --------------------------------------------------------------------------------------
# Formats: only date-time is checked (ids are opaque strings).
# --------------------------------------------------------------------------------------

_DATE_TIME_RE = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$")
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def is_rfc3339_date_time(value):
    """RFC 3339 section 5.6 `date-time` (leap second 60 allowed, as RFC 3339 does)."""
    if not isinstance(value, str):
        return True  # format only constrains strings
    m = _DATE_TIME_RE.match(value)
    if not m:
        return False
    year, month, day, hour, minute, second = (int(g) for g in m.groups()[:6])
    if not 1 <= month <= 12 or day < 1 or day > _DAYS_IN_MONTH[month - 1]:
        return False
    if month == 2 and day == 29 and not (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
        return False
    if hour > 23 or minute > 59 or second > 60:
        return False
    if m.group(7) and (int(m.group(8)) > 23 or int(m.group(9)) > 59):
        return False
    return True


def make_format_checker():
    checker = jsonschema.FormatChecker(formats=())
    checker.checks("date-time")(is_rfc3339_date_time)
    return checker


# --------------------------------------------------------------------------------------
# Validator construction ($refs resolved against the whole spec document)
# --------------------------------------------------------------------------------------

def _referencing_registry(doc):
    """A `referencing` registry holding the spec, or None on jsonschema < 4.18 (RefResolver API)."""
    try:
        import inspect
        from referencing import Registry, Resource
        import referencing.jsonschema as rj
        if "registry" not in inspect.signature(VALIDATOR_CLASS).parameters:
            return None
    except (ImportError, TypeError, ValueError):
        return None
    specification = rj.DRAFT202012 if SCHEMA_DRAFT == "2020-12" else rj.DRAFT7
    return Registry().with_resource(SPEC_URI, Resource(contents=doc, specification=specification))


class ValidatorFactory:
    def __init__(self, doc):
        self.doc = doc
        self.format_checker = make_format_checker()
        self.registry = _referencing_registry(doc)
        self.cache = {}
        self.fast_compiler = FastCompiler(doc)
        self.fast_cache = {}

    def fast_for(self, pointers):
        key = tuple(pointers)
        if key not in self.fast_cache:
            self.fast_cache[key] = self.fast_compiler.compile_pointers(pointers)
        return self.fast_cache[key]

    def for_pointers(self, pointers):
        key = tuple(pointers)
        validator = self.cache.get(key)
        if validator is None:
            refs = [{"$ref": SPEC_URI + "#" + p} for p in pointers]
            schema = refs[0] if len(refs) == 1 else {"anyOf": refs}
            if self.registry is not None:
                validator = VALIDATOR_CLASS(schema, registry=self.registry,
                                            format_checker=self.format_checker)
            else:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", DeprecationWarning)
                    resolver = jsonschema.RefResolver(base_uri=SPEC_URI, referrer=self.doc,
                                                      store={SPEC_URI: self.doc})
                validator = VALIDATOR_CLASS(schema, resolver=resolver,
                                            format_checker=self.format_checker)
            self.cache[key] = validator
        return validator


# --------------------------------------------------------------------------------------
# Fast pre-check. jsonschema is the authority, but its interpreter costs ~1 ms per KB of
# JSON. Most exchanges conform, so each schema is also compiled into plain Python closures
# that answer only "valid?" for the handful of keywords this spec uses; jsonschema runs only
# when that answer is "no" (to produce the messages, and its verdict wins). A schema that
# reaches any other keyword gets no fast path. `--no-fast` disables it;
# test_validate_exchanges.py cross-checks both verdicts on mutated instances.
# --------------------------------------------------------------------------------------

_ANNOTATION_KEYWORDS = frozenset(("description", "example", "examples", "title", "default", "deprecated",
                                  "readOnly", "writeOnly", "$comment", "externalDocs", "xml"))
_FAST_KEYWORDS = frozenset(("type", "$ref", "properties", "required", "additionalProperties", "items",
                            "allOf", "anyOf", "oneOf", "enum", "const", "format", "minItems", "maxItems",
                            "minLength", "maxLength", "minimum", "maximum"))


class _Unsupported(Exception):
    pass


def _true(_):
    return True


def _false(_):
    return False


def _is_number(x):
    return (type(x) is int or type(x) is float) and not isinstance(x, bool)


_TYPE_TESTS = {
    "object": lambda x: isinstance(x, dict),
    "array": lambda x: isinstance(x, list),
    "string": lambda x: isinstance(x, str),
    "boolean": lambda x: isinstance(x, bool),
    "null": lambda x: x is None,
    "number": lambda x: isinstance(x, (int, float)) and not isinstance(x, bool),
    "integer": lambda x: (isinstance(x, int) and not isinstance(x, bool))
    or (isinstance(x, float) and x.is_integer()),
}


def _json_equal(a, b):
    """JSON equality as jsonschema's `enum`/`const` see it (true != 1, 1 == 1.0)."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_json_equal(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_json_equal(x, y) for x, y in zip(a, b))
    if isinstance(a, (dict, list)) or isinstance(b, (dict, list)):
        return False
    return a == b


class FastCompiler:
    def __init__(self, doc):
        self.doc = doc
        self.memo = {}

    def compile_pointers(self, pointers):
        """A validity predicate for anyOf(pointers), or None when some keyword is unsupported."""
        try:
            fns = [self._compile(resolve_pointer(self.doc, p)) for p in pointers]
        except (_Unsupported, KeyError, IndexError, ValueError, TypeError):
            self.memo = {}  # may hold half-built entries
            return None
        return fns[0] if len(fns) == 1 else (lambda x: any(f(x) for f in fns))

    def _compile(self, node):
        if node is True:
            return _true
        if node is False:
            return _false
        if not isinstance(node, dict):
            raise _Unsupported(repr(node)[:40])
        key = id(node)
        if key in self.memo:
            return self.memo[key]
        cell = []
        self.memo[key] = lambda x: cell[0](x)  # trampoline for recursive schemas
        fn = self._build(node)
        cell.append(fn)
        self.memo[key] = fn
        return fn

    def _build(self, node):
        unknown = set(node) - _FAST_KEYWORDS - _ANNOTATION_KEYWORDS
        if unknown:
            raise _Unsupported(", ".join(sorted(unknown)))
        checks = []
        if "type" in node:
            types = node["type"] if isinstance(node["type"], list) else [node["type"]]
            tests = [_TYPE_TESTS[t] for t in types]
            checks.append(tests[0] if len(tests) == 1 else (lambda x: any(t(x) for t in tests)))
        if "enum" in node:
            enum = list(node["enum"])
            scalars = all(isinstance(e, str) or e is None for e in enum)
            if scalars:
                strings = frozenset(e for e in enum if e is not None)
                has_null = None in enum
                if has_null:
                    checks.append(lambda x: x is None or (isinstance(x, str) and x in strings))
                else:
                    checks.append(lambda x: isinstance(x, str) and x in strings)
            else:
                checks.append(lambda x: any(_json_equal(e, x) for e in enum))
        if "const" in node:
            const = node["const"]
            checks.append(lambda x: _json_equal(const, x))
        if node.get("format") == "date-time":
            checks.append(lambda x: not isinstance(x, str) or is_rfc3339_date_time(x))
        for word, op in (("minLength", ">="), ("maxLength", "<=")):
            if word in node:
                n = node[word]
                checks.append((lambda x, n=n: not isinstance(x, str) or len(x) >= n) if op == ">="
                              else (lambda x, n=n: not isinstance(x, str) or len(x) <= n))
        for word, op in (("minItems", ">="), ("maxItems", "<=")):
            if word in node:
                n = node[word]
                checks.append((lambda x, n=n: not isinstance(x, list) or len(x) >= n) if op == ">="
                              else (lambda x, n=n: not isinstance(x, list) or len(x) <= n))
        if "minimum" in node:
            lo = node["minimum"]
            checks.append(lambda x: not _is_number(x) or x >= lo)
        if "maximum" in node:
            hi = node["maximum"]
            checks.append(lambda x: not _is_number(x) or x <= hi)
        if any(k in node for k in ("properties", "required", "additionalProperties")):
            props = {name: self._compile(sub) for name, sub in (node.get("properties") or {}).items()}
            required = tuple(node.get("required") or ())
            extra = node.get("additionalProperties", True)
            extra = None if extra is True else self._compile(extra)

            def check_object(x, props=props, required=required, extra=extra):
                if not isinstance(x, dict):
                    return True
                for name in required:
                    if name not in x:
                        return False
                for name, value in x.items():
                    f = props.get(name)
                    if f is not None:
                        if not f(value):
                            return False
                    elif extra is not None and not extra(value):
                        return False
                return True
            checks.append(check_object)
        if "items" in node:
            item = self._compile(node["items"])
            checks.append(lambda x: not isinstance(x, list) or all(item(e) for e in x))
        if "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#"):
                raise _Unsupported("$ref " + str(ref))
            checks.append(self._compile(resolve_pointer(self.doc, ref[1:])))
        if "allOf" in node:
            subs = [self._compile(s) for s in node["allOf"]]
            checks.extend(subs)
        if "anyOf" in node:
            subs = [self._compile(s) for s in node["anyOf"]]
            checks.append(lambda x: any(f(x) for f in subs))
        if "oneOf" in node:
            subs = [self._compile(s) for s in node["oneOf"]]
            checks.append(lambda x: sum(1 for f in subs if f(x)) == 1)
        if not checks:
            return _true
        if len(checks) == 1:
            return checks[0]
        checks = tuple(checks)

        def check_all(x):
            for c in checks:
                if not c(x):
                    return False
            return True
        return check_all


# --------------------------------------------------------------------------------------
# Error reporting
# --------------------------------------------------------------------------------------

def _short(value, limit=80):
    try:
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _leaf_error(err):
    """Descend into anyOf/oneOf contexts towards the most specific failure."""
    while err.context:
        depth = len(err.absolute_path)
        specific = [e for e in err.context
                    if not (e.validator == "type" and len(e.absolute_path) == depth)]
        if not specific:
            return err
        err = max(specific, key=lambda e: (len(e.absolute_path),
                                           e.validator not in ("anyOf", "oneOf")))
    return err


def _describe(err):
    """A concise message without the (possibly huge) instance repr."""
    v, vv, inst = err.validator, err.validator_value, err.instance
    if err.context and all(e.validator == "type" for e in err.context):
        types = []
        for e in err.context:
            for t in (e.validator_value if isinstance(e.validator_value, list) else [e.validator_value]):
                if t not in types:
                    types.append(t)
        return "expected %s" % " or ".join(types)
    if v == "required":
        m = re.match(r"^('.*') is a required property$", err.message)
        return "missing required %s" % (m.group(1) if m else _short(vv, 120))
    if v == "additionalProperties":
        return err.message if len(err.message) < 160 else "unexpected properties"
    if v == "type":
        return "expected type %s" % (" or ".join(vv) if isinstance(vv, list) else vv)
    if v == "enum":
        return "not one of %s" % _short(vv, 120)
    if v == "format":
        return "not a valid %s (RFC 3339)" % vv if vv == "date-time" else "not a valid %s" % vv
    if v in ("anyOf", "oneOf"):
        return "matches none of the %d alternatives" % len(vv) if v == "anyOf" else \
            "must match exactly one of %d alternatives" % len(vv)
    msg = err.message
    return msg if len(msg) <= 160 else msg[:157] + "..."


class Violation:
    __slots__ = ("line", "path", "status", "part", "pointer", "message", "excerpt", "key")

    def __init__(self, line, path, status, part, pointer, message, excerpt=""):
        self.line, self.path, self.status, self.part = line, path, status, part
        self.pointer, self.message, self.excerpt = pointer, message, excerpt
        self.refresh_key()

    def refresh_key(self):
        """Grouping key: same endpoint, body part, field (array indices ignored) and message."""
        self.key = (self.path, self.part, re.sub(r"/\d+(?=/|$)", "/*", self.pointer), self.message)

    def format(self):
        text = "line %s %s [%s] %s %s: %s" % (self.line, self.path, self.status, self.part,
                                             self.pointer, self.message)
        if self.excerpt:
            text += " | got " + self.excerpt
        return text

    def __repr__(self):
        return "Violation(%s)" % self.format()


# --------------------------------------------------------------------------------------
# The checker
# --------------------------------------------------------------------------------------

class ConformanceChecker:
    def __init__(self, spec, fixes=INTENT_FIXES, use_fast=True, detail_limit=DEFAULT_DETAIL_LIMIT):
        self.use_fast = use_fast
        self.detail_limit = detail_limit
        self._explained = {}
        self.raw_spec = spec
        self.doc, self.fixes_applied = apply_intent_fixes(spec, fixes)
        self.paths = self.doc.get("paths") or {}
        self.factory = ValidatorFactory(self.doc)
        self._request_info = {}
        self._response_info = {}
        self._empty_ok = {}

    # -- schema lookup --------------------------------------------------------------------
    def request_schema_pointer(self, path):
        """Pointer to the JSON request schema, None when no body is declared, or False for non-JSON bodies."""
        if path not in self._request_info:
            op = self.paths[path]["post"]
            body = op.get("requestBody")
            result = None
            if isinstance(body, dict):
                content = body.get("content") or {}
                if isinstance((content.get("application/json") or {}).get("schema"), dict):
                    result = ptr_join("", "paths", path, "post", "requestBody", "content",
                                      "application/json", "schema")
                else:
                    result = False
            self._request_info[path] = result
        return self._request_info[path]

    _is_error_branch = staticmethod(lambda branch: is_error_branch(branch))

    def response_branches(self, path, status):
        """(success pointers, error pointers, whole-schema pointer) for a path/status, or None when no JSON schema."""
        key = (path, status)
        if key not in self._response_info:
            responses = self.paths[path]["post"].get("responses") or {}
            response = responses.get(str(status))
            if response is None and str(status) != "200":
                info = ([ERROR_ENVELOPE_PTR], [ERROR_ENVELOPE_PTR], ERROR_ENVELOPE_PTR)
            else:
                content = (response or {}).get("content") or {}
                schema = (content.get("application/json") or {}).get("schema")
                if not isinstance(schema, dict):
                    info = None
                else:
                    whole = ptr_join("", "paths", path, "post", "responses", str(status), "content",
                                     "application/json", "schema")
                    branches = schema.get("anyOf") if set(schema) <= {"anyOf", "title", "description"} else None
                    if not isinstance(branches, list):
                        info = ([whole], [whole], whole)
                    else:
                        succ = [ptr_join(whole, "anyOf", i) for i, b in enumerate(branches)
                                if not self._is_error_branch(b)]
                        err = [ptr_join(whole, "anyOf", i) for i, b in enumerate(branches)
                               if self._is_error_branch(b)]
                        # hiringTeamRole.list declares two success forms and no "Error response" branch:
                        # its error envelopes are checked against the generic envelope.
                        info = (succ or [whole], err or [ERROR_ENVELOPE_PTR], whole)
            self._response_info[key] = info
        return self._response_info[key]

    # -- validation ------------------------------------------------------------------------
    def _errors(self, pointers, instance, ctx, part):
        if self.use_fast:
            fast = self.factory.fast_for(pointers)
            if fast is not None:
                if fast(instance):
                    return []
                # A systematic bug fails every exchange of an endpoint; explaining each one with
                # jsonschema would take minutes on big pages, so only the first few are explained.
                key = (ctx[1], part)
                explained = self._explained.get(key, 0)
                if self.detail_limit and explained >= self.detail_limit:
                    return [Violation(ctx[0], ctx[1], ctx[2], part, "/",
                                      "invalid (not analysed: over %d failing %ss on this endpoint)"
                                      % (self.detail_limit, part))]
                self._explained[key] = explained + 1
        validator = self.factory.for_pointers(pointers)
        out = []
        by_key = {}
        errors = sorted(validator.iter_errors(instance), key=lambda e: [str(p) for p in e.absolute_path])
        for err in errors:
            leaf = _leaf_error(err)
            pointer = instance_pointer(list(leaf.absolute_path))
            message = _describe(leaf)
            if leaf.validator == "required":
                # One line per object listing every missing member.
                key = (pointer, "required")
                if key in by_key:
                    v = by_key[key]
                    name = message[len("missing required "):]
                    if name not in v.message.split(", "):
                        v.message += ", " + name
                    continue
            else:
                key = (pointer, message)
                if key in by_key:
                    continue
            v = Violation(ctx[0], ctx[1], ctx[2], part, pointer, message, _short(leaf.instance))
            by_key[key] = v
            out.append(v)
        for v in out:
            v.refresh_key()
        return out

    def empty_request_ok(self, pointer):
        if pointer not in self._empty_ok:
            self._empty_ok[pointer] = self.factory.for_pointers([pointer]).is_valid({})
        return self._empty_ok[pointer]

    def check_exchange(self, exchange, line="?"):
        """Validate one exchange; returns (violations, skipped_reason or None)."""
        if not isinstance(exchange, dict):
            return [Violation(line, "?", "?", "record", "/", "exchange is not a JSON object",
                              _short(exchange))], None
        path = exchange.get("path")
        status = exchange.get("status")
        if not isinstance(path, str) or isinstance(status, bool) or not isinstance(status, int):
            return [Violation(line, path if isinstance(path, str) else "?", status, "record", "/",
                              "exchange needs a string 'path' and an integer 'status'",
                              _short(exchange))], None
        missing = [k for k in ("request", "response") if k not in exchange]
        if missing:
            return [Violation(line, path, status, "record", "/",
                              "exchange lacks %s" % ", ".join(repr(k) for k in missing))], None
        ctx = (line, path, status)
        if not isinstance(self.paths.get(path), dict) or "post" not in self.paths[path]:
            return [Violation(line, path, status, "path", "/", "path is not a POST operation in the spec")], None

        violations = []
        request = exchange["request"]
        req_ptr = self.request_schema_pointer(path)
        if req_ptr is None:
            if request not in (None, {}):
                violations.append(Violation(line, path, status, "request", "/",
                                            "spec declares no request body", _short(request)))
        elif req_ptr:
            if request is None:
                if not self.empty_request_ok(req_ptr):
                    for v in self._errors([req_ptr], {}, ctx, "request"):
                        v.message = "no JSON body sent, and {} is not accepted: " + v.message
                        v.refresh_key()
                        violations.append(v)
            else:
                violations.extend(self._errors([req_ptr], request, ctx, "request")[:MAX_ERRORS_PER_PART])

        response = exchange["response"]
        skipped = None
        if response is None:
            skipped = "non-JSON body"
        else:
            info = self.response_branches(path, status)
            if info is None:
                skipped = "no response schema in spec"
            else:
                success_ptrs, error_ptrs, whole = info
                flag = response.get("success") if isinstance(response, dict) else None
                if flag is True:
                    ptrs = success_ptrs
                elif flag is False:
                    ptrs = error_ptrs
                else:
                    ptrs = [whole]
                violations.extend(self._errors(ptrs, response, ctx, "response")[:MAX_ERRORS_PER_PART])
        return violations, skipped


# --------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------

def read_exchanges(fh):
    """Yield (line number, exchange or _Malformed)."""
    for number, raw in enumerate(fh, 1):
        text = raw.strip()
        if not text:
            continue
        try:
            yield number, json.loads(text)
        except ValueError as exc:
            yield number, _Malformed(str(exc))


class _Malformed:
    def __init__(self, reason):
        self.reason = reason


def run(exchanges_path, spec_path, out=sys.stdout, max_lines=DEFAULT_MAX_LINES, use_fast=True,
        detail_limit=DEFAULT_DETAIL_LIMIT):
    """Run the check; returns the exit status."""
    started = time.monotonic()
    try:
        spec = load_spec(spec_path)
    except (OSError, yaml.YAMLError) as exc:
        sys.stderr.write("validate_exchanges: cannot load spec %s: %s\n" % (spec_path, exc))
        return 2
    if not isinstance(spec, dict) or not isinstance(spec.get("paths"), dict):
        sys.stderr.write("validate_exchanges: %s is not an OpenAPI document with paths\n" % spec_path)
        return 2
    checker = ConformanceChecker(spec, use_fast=use_fast, detail_limit=detail_limit)

    violations = []
    exchanges = 0
    endpoints = set()
    skipped = {}
    try:
        with open(exchanges_path, "r", encoding="utf-8") as fh:
            for line, exchange in read_exchanges(fh):
                exchanges += 1
                if isinstance(exchange, _Malformed):
                    violations.append(Violation(line, "?", "?", "record", "/",
                                                "not valid JSON: " + exchange.reason))
                    continue
                if isinstance(exchange, dict) and isinstance(exchange.get("path"), str):
                    endpoints.add(exchange["path"])
                found, skip = checker.check_exchange(exchange, line)
                violations.extend(found)
                if skip:
                    skipped[skip] = skipped.get(skip, 0) + 1
    except (OSError, UnicodeDecodeError) as exc:
        sys.stderr.write("validate_exchanges: cannot read %s: %s\n" % (exchanges_path, exc))
        return 2

    # Group repeats of the same violation (same endpoint, body part, field, message).
    groups = {}
    for v in violations:
        groups.setdefault(v.key, []).append(v)
    lines = []
    for key, members in groups.items():
        text = members[0].format()
        if len(members) > 1:
            text += "  (+%d more like this)" % (len(members) - 1)
        lines.append(text)
    if len(lines) > max_lines:
        hidden = len(lines) - (max_lines - 1)
        lines = lines[: max_lines - 1] + ["... %d more distinct violation(s) not shown" % hidden]
    for text in lines:
        out.write(text + "\n")

    summary = "conformance: %d exchanges, %d endpoints, %d violations" % (
        exchanges, len(endpoints), len(violations))
    if len(groups) != len(violations):
        summary += " (%d distinct)" % len(groups)
    for reason, count in sorted(skipped.items()):
        summary += ", %d skipped: %s" % (count, reason)
    summary += " [%.2fs, draft %s]" % (time.monotonic() - started, SCHEMA_DRAFT)
    if exchanges == 0:
        out.write("no exchanges found in %s: a check that checks nothing fails\n" % exchanges_path)
    out.write(summary + "\n")
    return 1 if violations or exchanges == 0 else 0


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Validate recorded Ashby HTTP exchanges (JSON Lines) against the OpenAPI spec.")
    parser.add_argument("--spec", default=DEFAULT_SPEC,
                        help="OpenAPI spec (default: ashby-openapi.yml next to this script)")
    parser.add_argument("--max-lines", type=int, default=DEFAULT_MAX_LINES,
                        help="maximum violation lines to print (default %d)" % DEFAULT_MAX_LINES)
    parser.add_argument("--no-fast", action="store_true",
                        help="validate everything with jsonschema (skip the compiled pre-check; slower)")
    parser.add_argument("--detail-limit", type=int, default=DEFAULT_DETAIL_LIMIT, metavar="N",
                        help="explain at most N failing bodies per endpoint and part; the rest are only "
                             "counted (default %d, 0 = explain all)" % DEFAULT_DETAIL_LIMIT)
    parser.add_argument("exchanges", help="JSON Lines file, one exchange per line")
    args = parser.parse_args(argv)
    if args.max_lines < 2:
        parser.error("--max-lines must be at least 2")
    return run(args.exchanges, args.spec, max_lines=args.max_lines, use_fast=not args.no_fast,
               detail_limit=args.detail_limit)


if __name__ == "__main__":
    sys.exit(main())
