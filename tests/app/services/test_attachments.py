import pytest

from app.errors import DiskFull, UserError
from app.services import records
from app.services.attachments import add_attachment, attachment_content
from app.services.audit import events_for


def test_attachment_content_is_kept_encrypted_and_comes_back_verified(
    store, make, tmp_path, data_dir
):
    person = make.person()
    scan = tmp_path / "einwilligung.pdf"
    scan.write_bytes(b"%PDF-1.4 Unterschrift Qwertzuiopmarker " * 50)
    attachment = add_attachment(store, owner_entity="person", owner_id=person.id, path=scan)
    assert (
        attachment.media_type == "application/pdf" and attachment.size_bytes == scan.stat().st_size
    )
    assert attachment_content(store, attachment_id=attachment.id) == scan.read_bytes()
    assert [e.action for e in events_for(store, record_id=attachment.id)] == ["created", "viewed"]
    for path in data_dir.iterdir():
        assert b"Qwertzuiopmarker" not in path.read_bytes()


def test_same_content_is_stored_once(store, make, tmp_path):
    from sqlalchemy import func, select

    from app.store.tables import attachment_blob

    person = make.person()
    scan = tmp_path / "a.png"
    scan.write_bytes(b"\x89PNG same bytes")
    add_attachment(store, owner_entity="person", owner_id=person.id, path=scan)
    add_attachment(store, owner_entity="person", owner_id=person.id, path=scan)
    with store.read() as conn:
        assert conn.execute(select(func.count()).select_from(attachment_blob)).scalar() == 1


def test_erasing_the_owner_with_cascade_erases_its_attachments(store, make, tmp_path):
    person = make.person()
    scan = tmp_path / "a.txt"
    scan.write_text("x")
    attachment = add_attachment(store, owner_entity="person", owner_id=person.id, path=scan)
    records.erase(store, entity="person", record_id=person.id, cascade=True)
    assert records.count(store, entity="attachment") == 0
    with pytest.raises(UserError):
        attachment_content(store, attachment_id=attachment.id)


def test_unreadable_file_is_a_clear_error(store, make, tmp_path):
    person = make.person()
    with pytest.raises(UserError, match="cannot read"):
        add_attachment(
            store, owner_entity="person", owner_id=person.id, path=tmp_path / "missing.pdf"
        )


def test_a_full_disk_is_a_clear_error_and_keeps_the_committed_state(store, make):
    from sqlalchemy import event

    household = make.household()
    with store.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    def cap(dbapi_conn, _record):
        # The file may not grow past its current size: the next growth fails like a full disk.
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    store.engine.dispose()
    event.listen(store.engine, "connect", cap)
    with pytest.raises(DiskFull, match="disk full"):
        for i in range(200):
            make.person(family_name=f"Name{i}", household_id=household.id, aliases=["x" * 150] * 20)
    event.remove(store.engine, "connect", cap)
    store.engine.dispose()
    assert (
        records.get(store, entity="household", record_id=household.id, audit=False).id
        == household.id
    )
    with store.read() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
