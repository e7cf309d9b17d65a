"""The team directory as kept on the device (app/services/team_directory.py)."""

from app.services import team_directory as td
from sync import device as local

ANNA = td.Colleague(
    username="anna",
    display_name="Anna Schmidt",
    devices=(("0197a000-0000-7000-8000-000000000001", "Laptop Trier"),),
)
UDO = td.Colleague(username="udo", display_name="Udo Berg", active=False)


def test_kept_and_read_back_inside_the_store(store):
    directory = td.Directory(
        team="nord", fetched_at="2026-05-04T10:00:00+00:00", colleagues=(ANNA, UDO)
    )
    with store.write() as writer:
        assert td.save_in(writer.conn, directory=directory)
        assert not td.save_in(
            writer.conn, directory=directory
        )  # the same names: no change announced
    kept = td.load(store)
    assert kept == directory and kept.known
    assert kept.display_name("anna") == "Anna Schmidt"
    assert kept.display_name("someone") == "someone"  # unknown user names show as they are
    assert kept.device("0197a000-0000-7000-8000-000000000001") == (ANNA, "Laptop Trier")
    assert kept.device("nope") is None
    assert kept.choices() == [ANNA]  # a disabled user is named but not offered
    assert td.me(kept, actor="a.schmidt", server_user="anna") == ANNA
    assert td.me(kept, actor="anna") == ANNA and td.me(kept, actor="x") is None


def test_nothing_kept_or_something_unreadable_is_an_empty_directory(store):
    assert td.load(store) == td.EMPTY and not td.EMPTY.known
    assert td.from_json("{not json") == td.EMPTY
    assert td.from_json('{"colleagues": [{"display_name": "no user name"}]}') == td.EMPTY


def test_another_server_drops_the_old_teams_names(store):
    with store.write() as writer:
        td.save_in(
            writer.conn, directory=td.Directory(team="nord", fetched_at="x", colleagues=(ANNA,))
        )
        local.set_setting(writer.conn, "server_url", "https://old.example")
        local.forget_server(writer.conn)
    assert td.load(store) == td.EMPTY
