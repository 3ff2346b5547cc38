"""Static-site timeline generator: sources -> dated claims -> events -> MkDocs pages.

The pipeline is a one-way flow of frozen values (see ``pipeline.py``)::

    load (sources.py) -> extract (text.py, timex/, claims.py) -> merge (events.py)
    -> render (render.py) -> write (write.py)
"""

__version__ = "0.1.0"
