"""Generated documentation is never stale: `make docs` output equals what is committed."""

from kg.docs import generated_docs


def test_generated_docs_are_up_to_date():
    stale = [str(path.name) for path, text in generated_docs().items() if not path.exists() or path.read_text() != text]
    assert stale == [], "run `make docs` and commit the result"
