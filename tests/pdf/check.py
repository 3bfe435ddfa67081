"""sip render --format pdf, read by tools that are not sip (.ci/pdf-check.sh).

    python tests/pdf/check.py SIP OUT

Renders every example plan in Swedish and English to PDF with the binary SIP
(into OUT), and one plan whose every text field is full of Typst markup, and
checks each file with
  - pikepdf (QPDF): /Lang, the title shown, a structure tree with headings
    (H1, H2), lists, tables with column and row header cells (TH with a
    /Scope), every font embedded, and the PDF/UA-1 and PDF/A-2 identification
    in the XMP metadata;
  - pdfua (PyPI; the machine-checkable part of PDF/UA-1, on pikepdf): no
    finding;
  - pdftotext (poppler): every action text and every need, with å, ä and ö
    intact, "Sida 1 av N" / "Page 1 of N" and the plan id in the header; the
    markup plan's text exactly as written (nothing evaluated); and a plan
    under a right-to-left (Arabic) catalogue: /Lang ar, its title extracted.
Exit 1 with every failure listed.
"""

import copy
import os
import re
import subprocess
import sys
from pathlib import Path

import pikepdf
import yaml

ROOT = Path(__file__).resolve().parents[2]
AS_OF = "2026-11-27"
failures: list[str] = []


def fail(name: str, what: str) -> None:
    failures.append(f"{name}: {what}")


def render(sip: str, plan: Path, lang: str, out: Path) -> None:
    subprocess.run(
        [sip, "-q", "--as-of", AS_OF, "render", str(plan), "--lang", lang,
         "--format", "pdf", "-o", str(out)],
        check=True,
    )


def structure_types(pdf: pikepdf.Pdf) -> list[tuple[str, pikepdf.Object]]:
    """Every structure element as (its standard type, the element), in order."""
    root = pdf.Root.get("/StructTreeRoot")
    if root is None:
        return []
    role_map = root.get("/RoleMap", {})
    found: list[tuple[str, pikepdf.Object]] = []
    seen: set[tuple[int, int]] = set()

    def walk(node: pikepdf.Object) -> None:
        if isinstance(node, pikepdf.Array):
            for kid in node:
                walk(kid)
            return
        if not isinstance(node, pikepdf.Dictionary):
            return
        if node.is_indirect:
            key = node.objgen
            if key in seen:
                return
            seen.add(key)
        if "/S" in node:
            kind = str(node.S)
            while kind in role_map:
                kind = str(role_map[kind])
            found.append((kind.lstrip("/"), node))
        if "/K" in node:
            walk(node.K)

    walk(root.get("/K"))
    return found


def scope(th: pikepdf.Object) -> str | None:
    attrs = th.get("/A")
    if attrs is None:
        return None
    for a in attrs if isinstance(attrs, pikepdf.Array) else [attrs]:
        if isinstance(a, pikepdf.Dictionary) and "/Scope" in a:
            return str(a.Scope).lstrip("/")
    return None


def check_structure(name: str, path: Path, lang: str, letter: bool = False) -> None:
    with pikepdf.open(path) as pdf:
        if str(pdf.Root.get("/Lang", "")).split("-")[0] != lang:
            fail(name, f"/Lang is {pdf.Root.get('/Lang')!r}, not {lang}")
        prefs = pdf.Root.get("/ViewerPreferences", {})
        if not prefs.get("/DisplayDocTitle", False):
            fail(name, "the viewer is not told to show the title")
        if "/MarkInfo" not in pdf.Root or not pdf.Root.MarkInfo.get("/Marked", False):
            fail(name, "not marked as tagged (/MarkInfo /Marked)")
        kinds = structure_types(pdf)
        names = [k for k, _ in kinds]
        for needed in ["H1", "H2", "Table", "TR", "TH", "TD", "L", "LI"]:
            if needed not in names:
                fail(name, f"no {needed} in the structure tree")
        scopes = {scope(node) for k, node in kinds if k == "TH"}
        # The letter's tables have row headers only.
        for needed in ["Row"] if letter else ["Column", "Row"]:
            if needed not in scopes:
                fail(name, f"no header cell with /Scope /{needed} (scopes: {scopes})")
        for page in pdf.pages:
            for font in page.get("/Resources", {}).get("/Font", {}).values():
                descendants = font.get("/DescendantFonts", [font])
                for f in descendants:
                    desc = f.get("/FontDescriptor", {})
                    if not any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                        fail(name, f"font {f.get('/BaseFont')} is not embedded")
        with pdf.open_metadata() as meta:
            title = meta.get("dc:title", "")
            if not title:
                fail(name, "no dc:title in the XMP metadata")
            if meta.get("pdfuaid:part") != "1":
                fail(name, f"pdfuaid:part is {meta.get('pdfuaid:part')!r}, not 1 (PDF/UA-1)")
            if meta.get("pdfaid:part") != "2":
                fail(name, f"pdfaid:part is {meta.get('pdfaid:part')!r}, not 2 (PDF/A-2)")
            if meta.get("pdfaid:conformance") not in ("A", "a"):
                fail(name, f"pdfaid:conformance is {meta.get('pdfaid:conformance')!r}, not A")


def check_pdfua(name: str, path: Path, pdfua: str) -> None:
    result = subprocess.run([pdfua, "check", str(path)], capture_output=True, text=True)
    if result.returncode != 0:
        fail(name, f"pdfua found problems (exit {result.returncode}):\n{result.stdout}{result.stderr}")


def text_of(path: Path, raw: bool = True) -> str:
    # -raw: in the order Typst wrote the text (reading order), and no
    # "de-hyphenation" that would drop a '-' ending a line; without it,
    # right-to-left lines in logical order.
    return subprocess.run(
        ["pdftotext", *(["-raw"] if raw else []), "-enc", "UTF-8", str(path), "-"],
        check=True, capture_output=True, text=True,
    ).stdout


HEADER_FOOTER = re.compile(
    r"^(SIP \S+ \D+ \d{4}-\d{2}-\d{2}|(Sida|Page) \d+ (av|of) \d+)$"
)


def body_of(text: str) -> str:
    """The text without the lines of the page headers and footers, so a
    paragraph that runs over a page break reads as one."""
    return "\n".join(line for line in text.splitlines() if not HEADER_FOOTER.match(line.strip()))


def squeeze(text: str) -> str:
    """Without whitespace (a line may wrap anywhere a space or a slash is)
    and without the direction marks pdftotext puts around right-to-left runs."""
    return re.sub(r"[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]+", "", text)


def check_text(name: str, path: Path, plan: dict, lang: str, pages_word: tuple[str, str]) -> None:
    text = text_of(path)
    flat = squeeze(body_of(text))
    wanted = [a.get("text") for a in plan.get("actions") or []]
    wanted += [n.get("text") for n in plan.get("needs") or []]
    wanted += [g.get("text") for g in plan.get("goals") or []]
    for w in wanted:
        if isinstance(w, str) and w.strip() and squeeze(w) not in flat:
            fail(name, f"pdftotext does not find {w!r}")
    letters = set("åäöÅÄÖ") & set("".join(w for w in wanted if isinstance(w, str)))
    for c in letters:
        if c not in text:
            fail(name, f"{c} is lost in the text")
    page, of = pages_word
    pages = len(pikepdf.open(path).pages)
    if f"{page} 1 {of} {pages}" not in text:
        fail(name, f"no '{page} 1 {of} {pages}' in the footer")
    if str(plan["id"]) not in text:
        fail(name, "the plan id is not in the header")


# Every character Typst gives a meaning to in markup, and then some.
NASTY = r"#let x = 1 $x^2$ *fet* _kursiv_ @ref <etikett> `kod` \ \\ // ej kommentar /* ej */ = - + 1. ~ ... --- 'a' \"b\" [c] {d} (e) https://x.se #{1+1} #read(\"/etc/passwd\")"


def nasty_plan(out: Path) -> tuple[Path, list[str]]:
    """The base plan with every free-text field full of markup, each made
    unique by a number so a field that went missing is noticed."""
    plan = yaml.safe_load((ROOT / "tests/fixtures/base.sip.yaml").read_text(encoding="utf-8"))
    texts: list[str] = []
    free = {"name", "text", "organisation", "role", "outcome", "reason", "scope",
            "convener", "notes", "absence_reason", "by_text", "phone", "email"}

    def fill(node, key=None):
        if isinstance(node, dict):
            for k, v in node.items():
                if isinstance(v, str) and k in free:
                    node[k] = f"{len(texts)}¤ {NASTY} åäö"
                    texts.append(node[k])
                else:
                    fill(v, k)
        elif isinstance(node, list):
            for item in node:
                fill(item, key)

    fill(plan)
    plan["notes"] = f"{len(texts)}¤ {NASTY}\n- not a list\n= not a heading"
    texts.append(plan["notes"])
    path = out / "markup.sip.yaml"
    path.write_text(yaml.safe_dump(plan, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path, texts


def main() -> int:
    # Absolute: the Arabic-catalogue case runs sip from inside its own repository.
    sip, out = os.path.abspath(sys.argv[1]), Path(sys.argv[2])
    pdfua = str(Path(sys.executable).parent / "pdfua")
    out.mkdir(parents=True, exist_ok=True)
    words = {"sv": ("Sida", "av"), "en": ("Page", "of")}
    count = 0
    for plan_path in sorted((ROOT / "examples/plans").glob("*.sip.yaml")):
        plan = yaml.safe_load(plan_path.read_text(encoding="utf-8"))
        for lang in ("sv", "en"):
            pdf = out / f"{plan_path.name.removesuffix('.sip.yaml')}.{lang}.pdf"
            name = pdf.name
            render(sip, plan_path, lang, pdf)
            check_structure(name, pdf, lang)
            check_pdfua(name, pdf, pdfua)
            check_text(name, pdf, plan, lang, words[lang])
            count += 1

    plan_path, texts = nasty_plan(out)
    pdf = out / "markup.sv.pdf"
    render(sip, plan_path, "sv", pdf)
    check_structure(pdf.name, pdf, "sv")
    check_pdfua(pdf.name, pdf, pdfua)
    # The oracle: the fields the plain-text rendering shows (it escapes
    # nothing), each of which the PDF must show as written.
    txt = squeeze(subprocess.run(
        [sip, "-q", "--as-of", AS_OF, "render", str(plan_path), "--lang", "sv", "--format", "txt"],
        check=True, capture_output=True, text=True,
    ).stdout)
    shown = [t for t in texts if squeeze(t) in txt]
    if len(shown) < 15:
        fail(pdf.name, f"plan.txt shows only {len(shown)} of the {len(texts)} fields")
    flat = squeeze(body_of(text_of(pdf)))
    for t in shown:
        if squeeze(t) not in flat:
            fail(pdf.name, f"the text is not shown as written: {t!r}")
    count += 1

    # The letter to the person (--letter) for every example with a coming
    # follow-up: tagged, /Lang, PDF/UA-1 and PDF/A, pdfua, the meeting's day.
    letters = 0
    for plan_path in sorted((ROOT / "examples/plans").glob("*.sip.yaml")):
        for lang in ("sv", "en"):
            pdf = out / f"{plan_path.name.removesuffix('.sip.yaml')}.letter.{lang}.pdf"
            result = subprocess.run(
                [sip, "-q", "--as-of", AS_OF, "render", str(plan_path), "--letter", "--lang", lang,
                 "--format", "pdf", "-o", str(pdf)], capture_output=True, text=True)
            if result.returncode == 2 and not pdf.exists():
                continue  # no coming follow-up: no letter (said on stderr)
            if result.returncode != 0:
                fail(pdf.name, f"exit {result.returncode}: {result.stderr}")
                continue
            check_structure(pdf.name, pdf, lang, letter=True)
            check_pdfua(pdf.name, pdf, pdfua)
            letters += 1
            count += 1
    if letters < 4:
        fail("letters", f"only {letters} letters rendered")

    # A person who reads Arabic, with the repository's Arabic catalogue
    # (tests/html/rtl/ar.ftl, as .ci/render-check.sh uses it): right to left,
    # Arabic script shaped and extracted, /Lang ar.
    import shutil
    repo = out / "rtl"
    (repo / "plans").mkdir(parents=True)
    (repo / "templates/labels").mkdir(parents=True)
    (repo / ".git").mkdir()
    source = (ROOT / "examples/plans/2026-0102.sip.yaml").read_text(encoding="utf-8")
    (repo / "plans/2026-0102.sip.yaml").write_text(
        source.replace("\n  language: sv", "\n  language: ar"), encoding="utf-8")
    shutil.copy(ROOT / "tests/html/rtl/ar.ftl", repo / "templates/labels/ar.ftl")
    pdf = out / "rtl.ar.pdf"
    subprocess.run([sip, "-q", "--as-of", AS_OF, "render", "plans/2026-0102.sip.yaml",
                    "--format", "pdf", "-o", str(pdf.resolve())], check=True, cwd=repo)
    check_structure(pdf.name, pdf, "ar")
    check_pdfua(pdf.name, pdf, pdfua)
    title = next(line.split("=", 1)[1].strip()
                 for line in (repo / "templates/labels/ar.ftl").read_text(encoding="utf-8").splitlines()
                 if line.startswith("render-title"))
    if squeeze(title) not in squeeze(text_of(pdf, raw=False)):
        fail(pdf.name, f"the Arabic title {title!r} is not in the text")
    count += 1

    for f in failures:
        print(f"FAIL {f}")
    print(f"pdf: {count} files, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
