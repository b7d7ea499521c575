"""An article of many claims and denials: each denial contradicts the claims it shares words with."""

CITIES = ["Kharkiv", "Odesa", "Dnipro", "Sumy", "Poltava", "Kherson", "Mykolaiv", "Chernihiv"]


def test_each_denial_contradicts_the_claim_about_its_own_city(pipeline):
    text = " ".join(
        f"Ukraine said Russian forces shelled {c} on Monday. Russia denied shelling {c} on Monday."
        for c in CITIES * 10
    )
    claims = pipeline(text, published="2023-02-15").claims
    assert len(claims) == 2 * len(CITIES) * 10
    by_id = {c.id: c for c in claims}
    for claim, denial in zip(claims[::2], claims[1::2], strict=True):
        assert claim.status == "denied"
        city = claim.content.text.split()[-3]
        assert claim.id in denial.contradicts
        assert all(city in by_id[i].content.text for i in denial.contradicts)
