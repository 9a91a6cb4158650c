

@pytest.mark.parametrize("text,person,title", [
    ("Maj. Gen. Ruth Okello, commander of the Eastern Brigade, said the road to Gulu was open.", "Ruth Okello",
     "commander of the Eastern Brigade"),
    ("Pilar Ramos, the Coast Guard spokeswoman, said the search off Cadiz would go on.", "Pilar Ramos",
     "Coast Guard spokeswoman"),
    ("Tomas Berg, Nordic Battalion commander, inspected the camp near Tuzla.", "Tomas Berg", "Nordic Battalion commander")])
def test_a_title_apposed_after_its_holder_is_a_mention_of_the_holder(tmp_path, text, person, title):
    x = _extraction(tmp_path, text)
    holder = next(a for a in x.actors if a.name == person)
    assert title in {m.text for m in holder.mentions}
    assert not any(a.name == title for a in x.actors)


def test_a_body_inside_an_apposed_title_keeps_its_tie_to_the_holder(tmp_path):
    x = _extraction(tmp_path, "Maj. Gen. Ruth Okello, commander of the Eastern Brigade, said the road to Gulu was open.")
    body = next(a for a in x.actors if a.name.endswith("Eastern Brigade"))
    assert body.type == "organization"
    names = {a.id: a.name for a in x.actors}
    assert any(names.get(r.subject) == "Ruth Okello" and r.object == body.id for r in x.relations)


def test_an_apposition_that_is_no_title_is_no_mention(tmp_path):
    x = _extraction(tmp_path, "Samuel Otieno, a farmer from Kisumu, said the soldiers came at night.")
    holder = next(a for a in x.actors if a.name == "Samuel Otieno")
    assert {m.text for m in holder.mentions} == {"Samuel Otieno"}
