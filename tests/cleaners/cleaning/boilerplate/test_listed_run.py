"""A list right after the body that names the body's topic is the body's; a menu is not.

Real scraped lines of a CBS Sports article (Euro 2020 qualifying): its table of qualified teams,
one "Country (Group X): Nth appearance" row a line, has no amounts, and the position rules used
to take all of it with the author box below.
"""

from __future__ import annotations

from cleaners.cleaning.boilerplate import strip_boilerplate

MENU = ["CBS Sports Home", "Fantasy", "NFL", "NBA", "Soccer", "Champ. League", "Premier League"]
STORY = [
    (
        "Euro 2020 qualifying is over. Well, sort of. The group stage of qualifying finished on "
        "Tuesday, and 20 teams have booked their spots in next summer's tournament, which for the "
        "first time will be held across Europe. Wales beat Hungary 2-0 to earn the 20th spot."
    ),
    (
        "On Monday, Switzerland and Denmark clinched. Denmark got a 1-1 draw at Ireland, while "
        "Switzerland beat Gibraltar 6-0 to win Group D. The day before, Portugal made it as Bruno "
        "Fernandes scored the winner in the first half."
    ),
    (
        "Croatia, Germany, Netherlands and Austria all qualified Saturday. Croatia secured its "
        "spot with a 3-1 victory against Slovakia, while Germany's 4-0 rout of Belarus was enough."
    ),
    (
        "On Friday, it was Finland and Sweden's chance. Finland clinched 3-0 against "
        "Liechtenstein, while Sweden did the same, 2-0, at Romania."
    ),
    (
        "And earlier in the week, Turkey drew Iceland 0-0 in Istanbul to book its spot, and that "
        "result also clinched France's ticket to next year's tournament. Below are all the teams "
        "that qualified for the tournament during the group stage."
    ),
]
TEAMS = [
    "Qualified teams",
    "Sweden (Group F): Seventh appearance",
    "France (Group H): 10th appearance",
    "Turkey (Group H): Fifth appearance",
    "Finland (Group J): Zero appearances",
    "Croatia (Group E): Sixth appearance",
    "Austria (Group G): Third appearance",
    "Netherlands (Group C): 10th appearance",
    "Germany (Group C): 13th appearance",
]
FOOTER = ["Our Latest Stories", "Pochettino fired by Tottenham", "Help", "About Us", "Careers"]
OTHER_LIST = [
    "Scores",
    "NBA (Live): 3 games",
    "NHL (Final): 5 games",
    "MLB (Off): 0 games",
    "Golf (Round 2): 1 event",
    "Tennis (ATP): 4 matches",
]


def test_a_table_naming_the_storys_teams_stays_with_it():
    kept = strip_boilerplate("\n".join([*MENU, *STORY, *TEAMS, *FOOTER])).text
    for row in TEAMS:
        assert row in kept
    assert "Pochettino fired by Tottenham" not in kept


def test_a_list_naming_other_things_after_the_story_goes():
    kept = strip_boilerplate("\n".join([*MENU, *STORY, *OTHER_LIST, *FOOTER])).text
    assert STORY[-1] in kept
    for row in OTHER_LIST[1:]:
        assert row not in kept
