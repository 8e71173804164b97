"""Data tables of notice-parser (gazetteers, pattern tables, pipeline config).

Shipped as package data under ``notice_parser.models``; read with
:func:`notice_parser.resources.load_table`.
"""
