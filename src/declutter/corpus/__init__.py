"""Corpus runs: many pages from directories, JSON Lines and WARC/WET files, on all cores.

Modules: sources (inputs to work items), warc (the WARC/WET reader), work (what a
worker does per record), run (parallel, ordered, resumable), sinks (outputs),
command (`declutter batch`), datatrove_step (the optional datatrove pipeline step).
"""
