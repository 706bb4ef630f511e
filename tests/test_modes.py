"""--mode: precision keeps less doubtful text, recall keeps more."""
import declutter
from declutter.config import Config

# An article, a long box of share buttons and tags, then more prose about the story
# (a note, a reader's letter) cut by a second box before the footer. (One run of
# prose below the box that outweighs the article is its larger part in every mode.)
PAGE = """Council approves the new river footbridge | Valley Courier

News

Sport

Council approves the new river footbridge

By Jane Doe

The town council voted on Tuesday evening to build a footbridge across the river at the old ferry landing, ending a debate that has run for almost ten years.

Work is due to start in the spring, and the council expects the bridge to open before the end of next year if the steel arrives on time.

Share

Facebook

WhatsApp

Print

Tags

Council

Bridge

Ferry

River

Town hall

Budget

Transport

Walking

Cycling

Readers who remember the ferry will know that the landing has been closed since the flood, when the jetty was washed away and never rebuilt by the county.

Advertisement

Newsletter

Sign up

Our picks

The ferry was run by the same family for three generations, and many of them still live in the houses along the towpath that the new bridge will connect to the station.

The historical society plans an exhibition about the ferry in the library next summer and asks anyone with photographs or tickets from those years to get in touch.

© 2024 Valley Courier
"""


def test_recall_takes_in_the_prose_below_a_box_under_the_article():
    balanced = declutter.clean(PAGE)
    recall = declutter.clean(PAGE, config=Config(mode="recall"))
    tail = "The historical society plans an exhibition"
    assert balanced.paragraphs[0].startswith("The town council voted")
    assert tail not in balanced.body
    assert recall.paragraphs[0] == balanced.paragraphs[0] and tail in recall.body
    # What is marked as boilerplate in between stays out in every mode.
    assert "Transport" not in recall.paragraphs and "© 2024 Valley Courier" not in recall.body
