-- flowkit store: one row per Flow state, keyed by (tenant, id).
CREATE TABLE flowkit_states (
    tenant_id              UUID                     NOT NULL,
    id                     UUID                     NOT NULL,
    parent_id              UUID,
    flow_id                UUID                     NOT NULL,
    flow_version_id        UUID                     NOT NULL,
    is_done                BOOLEAN                  NOT NULL,
    current_map_element_id UUID,
    current_user_id        UUID,
    created_at             TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    -- updatedAt in nanoseconds since the epoch, the last-writer-wins order (as in PostgreSQL).
    update_order           BIGINT                   NOT NULL,
    expires_at             TIMESTAMP(9) WITH TIME ZONE,
    content                CHARACTER LARGE OBJECT   NOT NULL,
    CONSTRAINT flowkit_states_pk PRIMARY KEY (tenant_id, id)
);

CREATE INDEX flowkit_states_expires_at ON flowkit_states (expires_at);
