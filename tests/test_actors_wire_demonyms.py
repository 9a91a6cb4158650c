"""Demonyms of older wire copy name their country (data/actors/countries.yaml; issue 8, newswire2): "Azeri troops",
"the Ecuadorean army", "Byelorussian police". Sentences are our own."""

from foothold.extract.pipeline import run
from foothold.ingest import read_document


def _actor_ids(tmp_path, text):
    path = tmp_path / "wire.txt"
    path.write_text("title: Wire (Agency, 3 March 1996)\n\n" + text + "\n", encoding="utf-8")
    return {a["id"] for a in run(read_document(path)).to_format()["actors"]}


def test_older_spellings_of_demonyms_name_their_countries(tmp_path):
    ids = _actor_ids(tmp_path, "Azeri gunners shelled the outskirts on Monday. The Ecuadorean navy seized a trawler. "
                               "Byelorussian police detained ten students. Kirghiz border guards closed the pass. "
                               "Salvadorean soldiers searched the village.")
    assert {"azerbaijan", "ecuador", "belarus", "kyrgyzstan"} <= ids
    assert any("salvador" in i for i in ids)
