-- flowkit store: one row per Flow state, keyed by (tenant, id).
CREATE TABLE flowkit_states (
    tenant_id              uuid        NOT NULL,
    id                     uuid        NOT NULL,
    parent_id              uuid,
    flow_id                uuid        NOT NULL,
    flow_version_id        uuid        NOT NULL,
    is_done                boolean     NOT NULL,
    current_map_element_id uuid,
    current_user_id        uuid,
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL,
    -- updatedAt in nanoseconds since the epoch: timestamptz keeps only microseconds, the platform
    -- sends up to seven fractional digits, and last-writer-wins must not lose them.
    update_order           bigint      NOT NULL,
    expires_at             timestamptz,
    content                text        NOT NULL,
    CONSTRAINT flowkit_states_pk PRIMARY KEY (tenant_id, id)
);

CREATE INDEX flowkit_states_expires_at ON flowkit_states (expires_at) WHERE expires_at IS NOT NULL;
