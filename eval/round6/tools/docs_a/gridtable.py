# -*- coding: utf-8 -*-
"""Eenvoudige tabel-flowable voor reportlab.

Elke tabelrij wordt in één tekstobject getekend, zodat pypdf een rij als één regel
uitleest ("2019 2.065 1.240 ..."). De tabel kan over een paginagrens splitsen; op de
vervolgpagina wordt de kopregel herhaald.
"""
from reportlab.platypus import Flowable
from reportlab.lib import colors


class GridTable(Flowable):
    def __init__(self, header, rows, col_widths, aligns=None, font="Helvetica", bold="Helvetica-Bold",
                 size=9, row_h=18, head_fill="#dce6f0", line_color="#8899aa", bold_rows=()):
        """header: lijst van kolomkoppen; een kop mag meerdere regels hebben (lijst van strings).
        rows: lijst van rijen (lijst van strings). aligns: 'L' of 'R' per kolom."""
        super().__init__()
        self.header = [h if isinstance(h, (list, tuple)) else [h] for h in header]
        self.rows = rows
        self.col_widths = col_widths
        self.aligns = aligns or ["L"] + ["R"] * (len(col_widths) - 1)
        self.font, self.bold, self.size, self.row_h = font, bold, size, row_h
        self.head_fill = colors.HexColor(head_fill)
        self.line_color = colors.HexColor(line_color)
        self.bold_rows = set(bold_rows)      # indexen in self.rows die vet moeten
        self.head_lines = max(len(h) for h in self.header)
        self.head_h = self.head_lines * (size + 2) + 8
        self.width = sum(col_widths)

    def wrap(self, aw, ah):
        self.height = self.head_h + len(self.rows) * self.row_h
        return self.width, self.height

    def split(self, aw, ah):
        n = int((ah - self.head_h) // self.row_h)
        if n < 1:
            return []
        if n >= len(self.rows):
            return [self]
        kw = dict(font=self.font, bold=self.bold, size=self.size, row_h=self.row_h, aligns=self.aligns)
        first = GridTable(self.header, self.rows[:n], self.col_widths,
                          bold_rows=[i for i in self.bold_rows if i < n], **kw)
        rest = GridTable(self.header, self.rows[n:], self.col_widths,
                         bold_rows=[i - n for i in self.bold_rows if i >= n], **kw)
        return [first, rest]

    def _line_text(self, c, y, cells, font, header=False):
        t = c.beginText()
        t.setFont(font, self.size)
        x = 0
        for cell, w, al in zip(cells, self.col_widths, self.aligns):
            if al == "R" and not header:
                tx = x + w - 4 - c.stringWidth(cell, font, self.size)
            else:
                tx = x + 4
            t.setTextOrigin(tx, y)
            t.textOut(cell)
            x += w
        c.drawText(t)

    def draw(self):
        c = self.canv
        H = self.head_h + len(self.rows) * self.row_h
        # kop
        c.setFillColor(self.head_fill)
        c.rect(0, H - self.head_h, self.width, self.head_h, stroke=0, fill=1)
        c.setFillColor(colors.black)
        for li in range(self.head_lines):
            y = H - 4 - (li + 1) * (self.size + 2) + 2
            cells = [h[li] if li < len(h) else "" for h in self.header]
            self._line_text(c, y, cells, self.bold, header=True)
        # rijen
        for ri, row in enumerate(self.rows):
            top = H - self.head_h - ri * self.row_h
            y = top - self.row_h / 2 - self.size * 0.35
            self._line_text(c, y, row, self.bold if ri in self.bold_rows else self.font)
        # rasterlijnen
        c.setStrokeColor(self.line_color)
        c.setLineWidth(0.4)
        c.line(0, H, self.width, H)
        c.line(0, H - self.head_h, self.width, H - self.head_h)
        for ri in range(1, len(self.rows) + 1):
            yy = H - self.head_h - ri * self.row_h
            c.line(0, yy, self.width, yy)
        x = 0
        for w in [0] + list(self.col_widths):
            x += w
            c.line(x, 0, x, H)
