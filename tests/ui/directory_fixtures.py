"""A team directory on the test store, as a sync would have kept it."""

from app.services import team_directory as td
from app.store.store import Store

LAPTOP_TRIER = "0197a000-0000-7000-8000-00000000a001"
LAPTOP_KOBLENZ = "0197a000-0000-7000-8000-00000000b001"

TEAM = (
    td.Colleague(
        username="anna", display_name="Anna Schmidt", devices=((LAPTOP_TRIER, "Laptop Trier"),)
    ),
    td.Colleague(
        username="ben", display_name="Ben Okafor", devices=((LAPTOP_KOBLENZ, "Laptop Koblenz"),)
    ),
    td.Colleague(username="cem", display_name="Cem Aydın", role="lead"),
    td.Colleague(username="udo", display_name="Udo Berg", active=False),
)


def keep_directory(store: Store, colleagues: tuple[td.Colleague, ...] = TEAM) -> None:
    directory = td.Directory(
        team="team-a", fetched_at="2026-05-04T10:00:00+00:00", colleagues=colleagues
    )
    with store.write() as writer:
        td.save_in(writer.conn, directory=directory)
