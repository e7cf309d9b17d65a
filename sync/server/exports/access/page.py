"""The readable `index.html` of an access export: a document handed to the person who asked.

Self-contained on purpose: no scripts, no fonts or images from elsewhere, so it opens offline
and prints the same anywhere. Every value passes through html.escape.
"""

import html
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from app.domain.field_labels import entity_label, field_label
from app.domain.registry import ENTITIES
from sync.server.exports.access.collect import PersonExport
from sync.server.exports.access.texts import ORGANISATION_PLACEHOLDER, TEXT
from sync.server.exports.access.values import DATE_FIELD, Words, format_date, is_empty, person_name

# In reading order; each record gets its own small table under a heading.
RECORD_SECTIONS = (
    "vulnerability",
    "consent",
    "case",
    "consultation",
    "follow_up",
    "referral",
    "application",
    # The return process, in the order it happens.
    "application_traveller",
    "document_check",
    "departure",
    "support_payment",
    "external_reference",
    "information_request",
    "medical_return",
    "reintegration_plan",
    "reintegration_measure",
    "reintegration_follow_up",
    "sustainability_assessment",
    "attachment",
)
# Shown once in the section's table rather than in the record's own rows.
HIDDEN = {"id", "updated_at"}
STATUS_COLUMNS = ("case_id", "changed_on", "from_status", "to_status", "outcome", "changed_by")
AUDIT_COLUMNS = ("at", "action", "record_id", "actor", "device_id", "detail")

STYLE = """
body{font-family:"Segoe UI",Arial,Helvetica,sans-serif;color:#1a1a1a;max-width:52em;
margin:2em auto;padding:0 1.5em;line-height:1.4;font-size:11pt}
header{border-bottom:2px solid #1a1a1a;margin-bottom:1.5em;padding-bottom:.8em}
.org{font-size:10pt;color:#444;white-space:pre-line;margin-bottom:1.2em}
h1{font-size:20pt;margin:.2em 0}
h2{font-size:14pt;margin:1.8em 0 .3em;border-bottom:1px solid #999;padding-bottom:.15em}
h3{font-size:11.5pt;margin:1.2em 0 .3em}
.about{color:#444;margin:.2em 0 .6em;font-size:10pt}
dl.meta{display:grid;grid-template-columns:max-content auto;gap:.1em 1em;margin:.6em 0 0}
dl.meta dt{color:#444}dl.meta dd{margin:0}
table{border-collapse:collapse;width:100%;margin:.3em 0 .8em;font-size:10pt}
th,td{border:1px solid #bbb;padding:.25em .5em;text-align:left;vertical-align:top}
th{background:#f0f0f0;font-weight:600}
table.record th{width:16em}
td{white-space:pre-wrap;overflow-wrap:anywhere}
.id{color:#666;font-size:9pt}
nav ol{columns:2;font-size:10pt;margin:.3em 0}
footer{margin-top:2em;border-top:1px solid #999;padding-top:.5em;font-size:9pt;color:#666}
@media print{body{margin:0;max-width:none;font-size:10pt}a{color:inherit;text-decoration:none}
h2,h3,.about{break-after:avoid}table.record,tr{break-inside:avoid}nav{display:none}}
@page{size:A4;margin:18mm 16mm}
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


class Page:
    def __init__(
        self, export: PersonExport, files: dict[str, str], language: str, organisation: str
    ) -> None:
        self.export = export
        self.files = files
        self.language = language
        self.organisation = organisation or ORGANISATION_PLACEHOLDER[language]
        self.text = TEXT[language]
        self.words = Words(export, language)

    def section(self, key: str, count: int, body: str) -> str:
        inner = body if count else f"<p>{_e(self.text['none'])}</p>"
        return (
            f"<section id='{key}'><h2>{_e(self.text[key])}</h2>"
            f"<p class='about'>{_e(self.text[key + '_about'])}</p>{inner}</section>"
        )

    def record_table(self, entity: str, row: dict[str, Any]) -> str:
        """One record as label/value rows; empty fields are left out, the id comes last."""
        model = ENTITIES.get(entity)
        order = {name: i for i, name in enumerate(model.field_names() if model else [])}
        # In the model's order, as the app's forms show them; unknown fields (newer release) last.
        names = sorted(row, key=lambda n: order.get(n, len(order)))
        cells = [
            (field_label(entity, name, self.language), self.words.field(entity, name, row[name]))
            for name in names
            if name not in HIDDEN and not is_empty(row[name])
        ]
        link = self.files.get(row["id"]) if entity == "attachment" else None
        rows = "".join(f"<tr><th scope='row'>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in cells)
        if link:
            rows += (
                f"<tr><th scope='row'>{_e(self.text['file'])}</th>"
                f"<td><a href='{_e(link)}'>{_e(link)}</a></td></tr>"
            )
        changed = row.get("updated_at")
        rows += (
            f"<tr class='id'><th scope='row'>{_e(field_label(entity, 'id', self.language))}</th>"
            f"<td>{_e(row['id'])}"
            + (f" · {_e(self.words.plain(changed))}" if changed else "")
            + "</td></tr>"
        )
        return f"<table class='record'><tbody>{rows}</tbody></table>"

    def records(self, entity: str, rows: list[dict[str, Any]], *, headings: bool = True) -> str:
        ordered = sorted(
            rows, key=lambda r: (str(r.get(DATE_FIELD.get(entity, "")) or ""), r["id"])
        )
        parts = []
        for row in ordered:
            if headings:
                parts.append(f"<h3>{_e(self.words.title(entity, row))}</h3>")
            parts.append(self.record_table(entity, row))
        return "".join(parts)

    def grid(self, headers: Iterable[str], rows: Iterable[Iterable[str]], *, css: str = "") -> str:
        head = "".join(f"<th scope='col'>{_e(h)}</th>" for h in headers)
        body = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in r) + "</tr>" for r in rows)
        return f"<table class='{css}'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"

    def columns(
        self,
        entity: str,
        names: tuple[str, ...],
        rows: list[dict[str, Any]],
        cell: Callable[[str, dict[str, Any]], str],
    ) -> str:
        headers = [field_label(entity, n, self.language) for n in names]
        return self.grid(headers, ([cell(n, r) for n in names] for r in rows))

    def status_history(self) -> str:
        rows = sorted(
            self.export.records.get("case_status_change", []),
            key=lambda r: (str(r.get("case_id")), str(r.get("changed_on")), r["id"]),
        )
        table = self.columns(
            "case_status_change",
            STATUS_COLUMNS,
            rows,
            lambda n, r: (
                self.words.field("case_status_change", n, r.get(n))
                if not is_empty(r.get(n))
                else "–"
            ),
        )
        return self.section("case_status_change", len(rows), table)

    def conflicts(self) -> str:
        text = self.text
        headers = [
            text["record"],
            text["field"],
            text["value_kept"],
            text["value_other"],
            field_label("audit_event", "at", self.language),
            text["resolved"],
        ]
        rows = [
            (
                self.record_title(c["entity"], c["record_id"]),
                field_label(c["entity"], c["field"], self.language),
                self.words.field(c["entity"], c["field"], c.get("winner_value")),
                self.words.field(c["entity"], c["field"], c.get("loser_value")),
                self.words.plain(c.get("created_at")),
                self.words.plain(bool(c.get("resolved"))),
            )
            for c in self.export.conflicts
        ]
        return self.section("conflicts", len(rows), self.grid(headers, rows))

    def record_title(self, entity: str, record_id: str) -> str:
        """ "Person: Layla Karimi", "Fall TR-2026-AB-001": the kind of record and its name."""
        kind = entity_label(entity, self.language)
        title = self.words.titles.get(record_id)
        return title if title and title.startswith(kind) else f"{kind}: {title or record_id}"

    def audit_cell(self, name: str, event: dict[str, Any]) -> str:
        value = event.get(name)
        if name == "record_id" and value:
            return self.record_title(str(event.get("entity")), str(value))
        return "–" if is_empty(value) else self.words.field("audit_event", name, value)

    def audit(self) -> str:
        rows = self.export.audit
        table = self.columns("audit_event", AUDIT_COLUMNS, rows, self.audit_cell)
        return self.section("audit", len(rows), table)

    def header(self, now: datetime) -> str:
        text = self.text
        person = self.export.person
        meta = [
            (text["generated"], format_date(now, self.language)),
            (text["person_id"], person["id"]),
        ]
        items = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in meta)
        return (
            f"<header><div class='org'>{_e(self.organisation)}</div>"
            f"<h1>{_e(text['title'])}</h1>"
            f"<p>{_e(text['subject'])}: <strong>{_e(person_name(person))}</strong></p>"
            f"<dl class='meta'>{items}</dl></header>"
            f"<p>{_e(text['intro'])}</p>"
        )

    def contents(self, keys: list[str]) -> str:
        links = "".join(f"<li><a href='#{k}'>{_e(self.text[k])}</a></li>" for k in keys)
        return f"<nav><h2>{_e(self.text['contents'])}</h2><ol>{links}</ol></nav>"

    def rights(self) -> str:
        items = "".join(f"<li>{_e(i)}</li>" for i in self.text["rights_items"].split("|"))
        return f"<section id='rights'><h2>{_e(self.text['rights'])}</h2><ul>{items}</ul></section>"

    def render(self, now: datetime) -> str:
        export = self.export
        records = export.records
        household = [export.household] if export.household else []
        members = self.grid(
            [field_label("person", n, self.language) for n in ("family_name", "given_names")],
            (
                (str(m.get("family_name") or "–"), str(m.get("given_names") or "–"))
                for m in export.members
            ),
        )
        sections = {
            "person": self.section(
                "person",
                1 + len(records.get("person", [])),
                self.records("person", [export.person, *records.get("person", [])], headings=False),
            ),
            "household": self.section(
                "household", len(household), self.records("household", household, headings=False)
            ),
            "members": self.section("members", len(export.members), members),
        }
        for entity in RECORD_SECTIONS:
            rows = records.get(entity, [])
            sections[entity] = self.section(entity, len(rows), self.records(entity, rows))
            if entity == "case":
                sections["case_status_change"] = self.status_history()
        sections["conflicts"] = self.conflicts()
        sections["audit"] = self.audit()
        title = f"{self.text['title']}: {person_name(export.person)}"
        return "\n".join(
            [
                "<!DOCTYPE html>",
                f"<html lang='{self.language}'><head><meta charset='utf-8'>",
                "<meta name='viewport' content='width=device-width, initial-scale=1'>",
                f"<title>{_e(title)}</title><style>{STYLE}</style></head><body>",
                self.header(now),
                self.contents([*sections, "rights"]),
                *sections.values(),
                self.rights(),
                f"<footer>{_e(self.text['title'])} · {_e(format_date(now, self.language))} · "
                f"{_e(self.text['page_end'])}</footer>",
                "</body></html>\n",
            ]
        )


def render_html(
    export: PersonExport,
    files: dict[str, str],
    language: str,
    now: datetime,
    organisation: str = "",
) -> str:
    return Page(export, files, language, organisation).render(now)
