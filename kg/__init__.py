"""kg: a knowledge-graph builder for news text.

Stages, one module each, data flowing one way:
``reader`` (files → documents) → ``extract`` (documents → facts, via spaCy)
→ ``resolve`` (aliases, merges) → ``mapping`` (ontology) → sinks
(``rdf``, ``neo4j``). ``graph`` holds the data classes every stage shares.
"""

__version__ = "0.1.0"
