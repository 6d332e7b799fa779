#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the two PDF documents of the r3-a eval set, plus their source texts.

Outputs (in /work/r3-a):
  kamerbrief-2026-doorbraakaanpak-gesloten-jeugdhulp.pdf
  zorgaanbieder-2026-jaarverslag-de-horst.pdf
  src/<name>.source.txt   plain source text (what the PDF says, reading order)
  src/<name>.extracted.txt  text as extracted by pypdf (for checking)
"""
import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))
from io import BytesIO
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                LongTable, Table, TableStyle, Flowable, KeepTogether,
                                FrameBreak, NextPageTemplate)
from pypdf import PdfReader

import kamerbrief_content as KB
import horst_content as HC

BASE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(BASE, "src")
W, H = A4

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

# ---------------------------------------------------------------- Kamerbrief
class FootnoteAnchor(Flowable):
    """Zero-size flowable recording on which page footnote n lands."""
    def __init__(self, n, registry):
        super().__init__(); self.n = n; self.registry = registry
        self.width = self.height = 0
    def wrap(self, aw, ah): return (0, 0)
    def draw(self):
        self.registry[self.n] = self.canv.getPageNumber()

def build_kamerbrief(fn_pages, total_pages, out):
    name = "kamerbrief-2026-doorbraakaanpak-gesloten-jeugdhulp"
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=13.5, spaceAfter=7)
    head = ParagraphStyle("head", parent=body, fontName="Helvetica-Bold", fontSize=10, spaceBefore=6, spaceAfter=4, keepWithNext=1)
    lh1 = ParagraphStyle("lh1", parent=body, fontName="Helvetica-Bold", fontSize=12, leading=15, spaceAfter=1)
    lh2 = ParagraphStyle("lh2", parent=body, fontSize=8.5, leading=11, spaceAfter=0, textColor=colors.HexColor("#333333"))
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, spaceAfter=2)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=2)
    cap = ParagraphStyle("cap", parent=body, fontName="Helvetica-Bold", fontSize=9, spaceAfter=3)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)

    registry = {}
    src = []
    story = []
    # letterhead
    story.append(Paragraph(esc(KB.LETTERHEAD[0]), lh1)); src.append(KB.LETTERHEAD[0])
    story.append(Paragraph(esc(KB.LETTERHEAD[1]), lh2)); src.append(KB.LETTERHEAD[1])
    story.append(Spacer(1, 22))
    for l in KB.ADDRESS:
        story.append(Paragraph(esc(l), ParagraphStyle("ad", parent=body, spaceAfter=0))); src.append(l)
    story.append(Spacer(1, 16))
    mt = Table([[Paragraph(esc(a), small), Paragraph(esc(b), small)] for a, b in KB.META],
               colWidths=[2.6*cm, 11*cm])
    mt.setStyle(TableStyle([("VALIGN", (0,0), (-1,-1), "TOP"), ("LEFTPADDING", (0,0), (-1,-1), 0),
                            ("BOTTOMPADDING", (0,0), (-1,-1), 1), ("TOPPADDING", (0,0), (-1,-1), 1)]))
    story.append(mt); src += [a + " " + b for a, b in KB.META]
    story.append(Spacer(1, 16))
    story.append(Paragraph(esc(KB.SALUTATION), body)); src.append(KB.SALUTATION)

    def para_with_fn(text):
        ns = [int(n) for n in re.findall(r"\{fn(\d+)\}", text)]
        markup = re.sub(r"\{fn(\d+)\}", r"<super>\1</super>", esc(text))
        plain = re.sub(r"\{fn(\d+)\}", "", text)
        return markup, plain, ns

    for kind, val in KB.BLOCKS:
        if kind == "h":
            story.append(Paragraph(esc(val), head)); src.append(val)
        elif kind == "p":
            m, plain, ns = para_with_fn(val)
            story.append(Paragraph(m, body)); src.append(plain)
            for n in ns: story.append(FootnoteAnchor(n, registry))
        elif kind == "bullets":
            for b in val:
                m, plain, ns = para_with_fn(b)
                story.append(Paragraph(m, bullet, bulletText="\u2022")); src.append("\u2022 " + plain)
                for n in ns: story.append(FootnoteAnchor(n, registry))
        elif kind == "table":
            story.append(Paragraph(esc(val["caption"]), cap)); src.append(val["caption"])
            data = [val["header"]] + val["rows"]
            t = LongTable(data, colWidths=[6.4*cm] + [1.75*cm]*5, repeatRows=1)
            t.setStyle(TableStyle([
                ("FONT", (0,0), (-1,0), "Helvetica-Bold", 8.5),
                ("FONT", (0,1), (-1,-1), "Helvetica", 8.5),
                ("ALIGN", (1,0), (-1,-1), "RIGHT"),
                ("LINEBELOW", (0,0), (-1,0), 0.6, colors.black),
                ("LINEBELOW", (0,-1), (-1,-1), 0.6, colors.black),
                ("BACKGROUND", (0,0), (-1,0), colors.HexColor("#e8eef5")),
                ("ROWBACKGROUNDS", (0,1), (-1,-1), [colors.white, colors.HexColor("#f6f6f6")]),
                ("TOPPADDING", (0,0), (-1,-1), 3), ("BOTTOMPADDING", (0,0), (-1,-1), 3),
            ]))
            story.append(t)
            src.append(" ".join(val["header"]))
            for r in val["rows"]: src.append(" ".join(r))
            story.append(Paragraph(esc(val["source"]), small)); src.append(val["source"])
            story.append(Spacer(1, 6))
    story.append(Spacer(1, 8))
    closing = []
    for l in KB.CLOSING:
        closing.append(Paragraph(esc(l) if l else "&nbsp;", ParagraphStyle("cl", parent=body, spaceAfter=0)))
        if l: src.append(l)
    story.append(KeepTogether(closing))

    def on_page(canv, doc):
        p = canv.getPageNumber()
        canv.saveState()
        # running header (all pages except first); footnotes/footer are drawn at page end
        if p > 1:
            canv.setFont("Helvetica", 7.5)
            canv.setFillColor(colors.HexColor("#444444"))
            canv.drawString(2.5*cm, H - 1.5*cm, "Ministerie van Volksgezondheid, Welzijn en Sport")
            canv.drawRightString(W - 2.5*cm, H - 1.5*cm, "Kenmerk " + KB.KENMERK)
            canv.line(2.5*cm, H - 1.65*cm, W - 2.5*cm, H - 1.65*cm)
        canv.restoreState()

    def on_page_end(canv, doc):
        p = canv.getPageNumber()
        canv.saveState()
        # footnotes for this page
        fns = [n for n, pg in sorted(fn_pages.items()) if pg == p]
        if fns:
            y = 3.55*cm
            canv.setStrokeColor(colors.black)
            canv.line(2.5*cm, y + 0.35*cm, 7.5*cm, y + 0.35*cm)
            for n in fns:
                canv.setFont("Helvetica", 7)
                canv.drawString(2.5*cm, y, f"{n} {KB.FOOTNOTES[n]}")
                y -= 0.42*cm
        # footer
        canv.setFont("Helvetica", 7.5)
        canv.setFillColor(colors.HexColor("#444444"))
        canv.drawString(2.5*cm, 1.3*cm, "Doorbraakaanpak gesloten jeugdhulp")
        canv.drawRightString(W - 2.5*cm, 1.3*cm, f"Pagina {p} van {total_pages}")
        canv.restoreState()

    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=2.5*cm, rightMargin=2.5*cm,
                          topMargin=2.4*cm, bottomMargin=4.4*cm,
                          title="Kamerbrief Doorbraakaanpak gesloten jeugdhulp",
                          author="Ministerie van Volksgezondheid, Welzijn en Sport")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=on_page, onPageEnd=on_page_end)])
    doc.build(story)
    src.append("")
    for n in sorted(KB.FOOTNOTES): src.append(f"{n} {KB.FOOTNOTES[n]}")
    return registry, doc.page, "\n".join(src) + "\n"

def make_kamerbrief():
    name = "kamerbrief-2026-doorbraakaanpak-gesloten-jeugdhulp"
    reg, pages, _ = build_kamerbrief({}, 0, BytesIO())          # pass 1: layout
    reg2, pages2, srctext = build_kamerbrief(reg, pages, os.path.join(BASE, name + ".pdf"))
    assert reg == reg2 and pages == pages2, (reg, reg2, pages, pages2)
    return name, srctext

# ---------------------------------------------------------------- De Horst (two columns)
def make_horst():
    name = "zorgaanbieder-2026-jaarverslag-de-horst"
    out = os.path.join(BASE, name + ".pdf")
    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=9.5, leading=12.5, spaceAfter=5)
    head = ParagraphStyle("head", parent=body, fontName="Helvetica-Bold", fontSize=10.5, leading=13,
                          spaceBefore=6, spaceAfter=3, textColor=colors.HexColor("#1d4e3a"), keepWithNext=1)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=10, bulletIndent=0, spaceAfter=3)
    sign = ParagraphStyle("sign", parent=body, fontName="Times-Italic", spaceAfter=0)
    tstyle = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=20, leading=24, textColor=colors.HexColor("#1d4e3a"))
    sstyle = ParagraphStyle("sub", fontName="Helvetica", fontSize=10, leading=13, textColor=colors.HexColor("#333333"))
    cap = ParagraphStyle("cap", parent=body, fontName="Helvetica-Bold", fontSize=8.5, spaceAfter=2, keepWithNext=1)
    src = []
    story = []
    story.append(Paragraph(esc(HC.ORG), sstyle)); src.append(HC.ORG)
    story.append(Paragraph(esc(HC.TITLE), tstyle)); src.append(HC.TITLE)
    story.append(Paragraph(esc(HC.SUBTITLE), sstyle)); src.append(HC.SUBTITLE)
    story.append(NextPageTemplate("later"))
    story.append(FrameBreak())
    for kind, val in HC.BLOCKS:
        if kind == "h":
            story.append(Paragraph(esc(val), head)); src.append(val)
        elif kind == "p":
            story.append(Paragraph(esc(val), body)); src.append(val)
        elif kind == "bullets":
            for b in val:
                label, rest = b.split(":", 1)
                story.append(Paragraph("<b>%s:</b>%s" % (esc(label), esc(rest)), bullet, bulletText="\u2022"))
                src.append("\u2022 " + b)
            story.append(Spacer(1, 3))
        elif kind == "sign":
            story.append(Spacer(1, 3))
            for l in val:
                story.append(Paragraph(esc(l), sign)); src.append(l)
            story.append(Spacer(1, 6))
        elif kind == "table":
            story.append(Paragraph(esc(val["caption"]), cap)); src.append(val["caption"])
            data = [val["header"]] + val["rows"]
            t = Table(data, colWidths=[4.1*cm, 1.6*cm, 1.6*cm])
            t.setStyle(TableStyle([
                ("FONT", (0,0), (-1,0), "Helvetica-Bold", 8),
                ("FONT", (0,1), (-1,-1), "Helvetica", 8),
                ("ALIGN", (1,0), (-1,-1), "RIGHT"),
                ("LINEABOVE", (0,0), (-1,0), 0.6, colors.HexColor("#1d4e3a")),
                ("LINEBELOW", (0,0), (-1,0), 0.6, colors.HexColor("#1d4e3a")),
                ("LINEBELOW", (0,-1), (-1,-1), 0.6, colors.HexColor("#1d4e3a")),
                ("TOPPADDING", (0,0), (-1,-1), 2), ("BOTTOMPADDING", (0,0), (-1,-1), 2),
            ]))
            story.append(t); story.append(Spacer(1, 6))
            src.append(" ".join(val["header"]))
            for r in val["rows"]: src.append(" ".join(r))

    lm, rm, gap = 1.8*cm, 1.8*cm, 0.8*cm
    colw = (W - lm - rm - gap) / 2
    top, bottom = 2.2*cm, 2.0*cm
    title_h = 3.2*cm

    def deco(canv, doc):
        p = canv.getPageNumber()
        canv.saveState()
        canv.setFont("Helvetica", 7.5); canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(lm, H - 1.3*cm, HC.RUNNING)
        canv.drawRightString(W - rm, H - 1.3*cm, "JeugdzorgPlus")
        canv.setStrokeColor(colors.HexColor("#1d4e3a")); canv.line(lm, H - 1.45*cm, W - rm, H - 1.45*cm)
        canv.line(lm + colw + gap/2, bottom, lm + colw + gap/2, H - top - (title_h if p == 1 else 0) - 0.2*cm)
        canv.drawCentredString(W/2, 1.1*cm, f"Pagina {p}")
        canv.restoreState()

    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=top, bottomMargin=bottom,
                          title="Stichting De Horst - Jaarverslag 2025 (uittreksel)",
                          author="Stichting De Horst")
    ch = H - top - bottom
    first = [Frame(lm, H - top - title_h, W - lm - rm, title_h, id="title"),
             Frame(lm, bottom, colw, ch - title_h - 0.3*cm, id="c1"),
             Frame(lm + colw + gap, bottom, colw, ch - title_h - 0.3*cm, id="c2")]
    later = [Frame(lm, bottom, colw, ch, id="c1"), Frame(lm + colw + gap, bottom, colw, ch, id="c2")]
    doc.addPageTemplates([PageTemplate(id="first", frames=first, onPage=deco),
                          PageTemplate(id="later", frames=later, onPage=deco)])
    doc.build(story)
    return name, "\n".join(src) + "\n"

def extract(path):
    r = PdfReader(path)
    return "\n".join(f"<<<page {i+1}>>>\n" + (p.extract_text() or "") for i, p in enumerate(r.pages)), len(r.pages)

if __name__ == "__main__":
    os.makedirs(SRC, exist_ok=True)
    for fn in (make_kamerbrief, make_horst):
        name, srctext = fn()
        open(os.path.join(SRC, name + ".source.txt"), "w", encoding="utf-8").write(srctext)
        ext, n = extract(os.path.join(BASE, name + ".pdf"))
        open(os.path.join(SRC, name + ".extracted.txt"), "w", encoding="utf-8").write(ext)
        words = len(re.findall(r"\w+", srctext))
        print(f"{name}.pdf: {n} pages, ~{words} words in source, {len(ext)} chars extracted")
