"""Load synthetic demo data into a store, validated like any import, in batched transactions."""

from itertools import groupby

from app.domain.registry import ENTITIES, model_for
from app.services.demo_data import generate
from app.services.validation import validate
from app.store.store import Store

BATCH = 5000
_ORDER = {entity: i for i, entity in enumerate(ENTITIES)}


def demo_prefix(seed: int) -> str:
    # Case numbers use their own prefix per seed, so two demo loads never clash.
    return f"D{seed % 1000:03d}"


def load_demo(store: Store, *, persons: int, seed: int) -> dict[str, int]:
    counts = dict.fromkeys(ENTITIES, 0)
    stream = generate(
        persons=persons, seed=seed, counsellors=(store.device.actor,), prefix=demo_prefix(seed)
    )
    pending: list[tuple[str, dict]] = []

    def flush() -> None:
        # Parents first and one put_many per entity: the stream interleaves entities per household.
        pending.sort(key=lambda item: _ORDER[item[0]])
        with store.write() as writer:
            for entity, group in groupby(pending, key=lambda item: item[0]):
                model = model_for(entity)
                records = [validate(model, data) for _, data in group]
                writer.put_many(entity, [(r.id, r.fields()) for r in records])
                counts[entity] += len(records)
        pending.clear()

    for item in stream:
        pending.append(item)
        if len(pending) >= BATCH:
            flush()
    if pending:
        flush()
    return {entity: n for entity, n in counts.items() if n}
