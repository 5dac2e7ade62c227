"""Loading the graph into Neo4j and running Cypher queries against it.

``queries`` holds every Cypher statement kg sends (so there is one place to
review for injection), ``loader`` writes a ``Graph`` in batched, idempotent
transactions, ``query`` runs a user's ``.cypher`` file and ``commands`` adds
``kg load`` to the command line.
"""
