"""``govtargets extract``: from a work report's text to a draft dataset, for a person to check.

reading.py turns the file into text; passage.py finds the year, the region, the main-target
passage and the review; grammar.py reads target clauses, review.py the previous year's results
and projects.py the projects named with an investment figure; names.py matches what a report
calls an indicator to the catalogue; draft.py puts the draft together, as TOML or JSON.
"""
