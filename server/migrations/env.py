"""Alembic environment of the server; the engine comes from ServerDB."""

from alembic import context

from server.models import ServerBase

config = context.config
engine = config.attributes["engine"]

with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=ServerBase.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
