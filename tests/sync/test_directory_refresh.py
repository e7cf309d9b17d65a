"""The team directory rides along with every successful sync, and never breaks one."""

import pytest

from app.services import team_directory
from sync.client import BadResponse, DeviceRevoked, NotFound, ServerUnreachable
from sync.protocol_directory import TeamDirectory


def test_a_server_without_the_directory_still_syncs_and_the_kept_one_stays(enrolled, monkeypatch):
    anna = enrolled("anna")
    assert anna.sync().directory_changed
    kept = team_directory.load(anna.store)
    assert kept.known and kept.display_name("anna") == "anna"
    for refusal in (NotFound("not there"), BadResponse("garbled"), ServerUnreachable("gone")):

        def refuse(team, refusal=refusal):
            raise refusal

        monkeypatch.setattr(anna.client, "team_directory", refuse)
        result = anna.sync()  # push and pull went through: the sync counts as done
        assert not result.directory_changed
        assert team_directory.load(anna.store) == kept


def test_a_directory_for_another_team_is_not_kept(enrolled, monkeypatch):
    anna = enrolled("anna")
    anna.sync()
    kept = team_directory.load(anna.store)
    monkeypatch.setattr(
        anna.client, "team_directory", lambda team: TeamDirectory(team="sued", users=[])
    )
    assert not anna.sync().directory_changed
    assert team_directory.load(anna.store) == kept


def test_a_revocation_on_the_way_is_still_a_revocation(enrolled, monkeypatch):
    anna = enrolled("anna")

    def revoked(team):
        raise DeviceRevoked("revoked", wipe=False)

    monkeypatch.setattr(anna.client, "team_directory", revoked)
    with pytest.raises(DeviceRevoked):
        anna.sync()
