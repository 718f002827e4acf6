CREATE TABLE "report_cycles" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"conversation_id" uuid NOT NULL,
	"channel_id" uuid NOT NULL,
	"assignee_id" uuid,
	"ordinal" integer NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"first_response_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"messages_in" integer DEFAULT 0 NOT NULL,
	"messages_out" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_hourly" (
	"hour" timestamp with time zone NOT NULL,
	"channel_id" uuid NOT NULL,
	"agent_key" uuid NOT NULL,
	"messages_in" integer DEFAULT 0 NOT NULL,
	"messages_out" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "report_hourly_hour_channel_id_agent_key_pk" PRIMARY KEY("hour","channel_id","agent_key")
);
--> statement-breakpoint
CREATE TABLE "report_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"time_zone" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "report_cycles" ADD CONSTRAINT "report_cycles_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_cycles" ADD CONSTRAINT "report_cycles_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_cycles" ADD CONSTRAINT "report_cycles_assignee_id_agents_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."agents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_hourly" ADD CONSTRAINT "report_hourly_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_cycles_opened_idx" ON "report_cycles" USING btree ("opened_at");--> statement-breakpoint
CREATE INDEX "report_cycles_first_response_idx" ON "report_cycles" USING btree ("first_response_at");--> statement-breakpoint
CREATE INDEX "report_cycles_resolved_idx" ON "report_cycles" USING btree ("resolved_at");--> statement-breakpoint
CREATE UNIQUE INDEX "report_cycles_open_idx" ON "report_cycles" USING btree ("conversation_id") WHERE "report_cycles"."resolved_at" is null;--> statement-breakpoint
CREATE INDEX "report_cycles_conversation_idx" ON "report_cycles" USING btree ("conversation_id","opened_at");--> statement-breakpoint
-- Hand-written from here (Drizzle cannot express checks on a one-row table, functions or triggers).
ALTER TABLE "report_settings" ADD CONSTRAINT "report_settings_one_row" CHECK ("id" = 1);
--> statement-breakpoint
-- A message (not a note) counted in or out of the aggregates (p_delta = 1 or -1): its UTC hour,
-- its cycle's counters and first response, and, for a customer message while no cycle is open,
-- a new cycle. Called by the trigger on messages; the same rule as reports_rebuild() below.
CREATE FUNCTION report_message_apply(p_conv uuid, p_direction text, p_agent uuid, p_sent_at timestamptz, p_delta integer) RETURNS void AS $$
DECLARE
  v_nil CONSTANT uuid := '00000000-0000-0000-0000-000000000000';
  v_conv record;
  v_in integer := CASE WHEN p_direction = 'inbound' THEN p_delta ELSE 0 END;
  v_out integer := CASE WHEN p_direction = 'outbound' THEN p_delta ELSE 0 END;
BEGIN
  SELECT channel_id, assignee_id INTO v_conv FROM conversations WHERE id = p_conv;
  -- The conversation is being deleted (cascade): its cycles go with it.
  IF NOT FOUND THEN RETURN; END IF;
  -- Hours in UTC whatever the session's zone (date_trunc of a timestamptz follows it otherwise).
  INSERT INTO report_hourly (hour, channel_id, agent_key, messages_in, messages_out)
  VALUES (date_trunc('hour', p_sent_at, 'UTC'), v_conv.channel_id,
          CASE WHEN p_direction = 'outbound' THEN coalesce(p_agent, v_nil) ELSE v_nil END, v_in, v_out)
  ON CONFLICT (hour, channel_id, agent_key) DO UPDATE
    SET messages_in = report_hourly.messages_in + EXCLUDED.messages_in,
        messages_out = report_hourly.messages_out + EXCLUDED.messages_out;

  IF p_delta > 0 AND p_direction = 'inbound'
     AND NOT EXISTS (SELECT 1 FROM report_cycles WHERE conversation_id = p_conv AND resolved_at IS NULL) THEN
    INSERT INTO report_cycles (conversation_id, channel_id, assignee_id, ordinal, opened_at)
    SELECT p_conv, v_conv.channel_id, v_conv.assignee_id, coalesce(max(ordinal), 0) + 1, p_sent_at
    FROM report_cycles WHERE conversation_id = p_conv;
  END IF;

  UPDATE report_cycles SET messages_in = messages_in + v_in, messages_out = messages_out + v_out
  WHERE conversation_id = p_conv AND opened_at <= p_sent_at AND (resolved_at IS NULL OR p_sent_at <= resolved_at);

  -- First response: recomputed from the thread (cheap, one indexed range) rather than kept
  -- with least(), so a reply whose time moves (linked to the provider's copy) stays exact.
  IF p_direction = 'outbound' AND p_agent IS NOT NULL THEN
    UPDATE report_cycles c SET first_response_at = (
      SELECT min(m.sent_at) FROM messages m
      WHERE m.conversation_id = c.conversation_id AND m.direction = 'outbound' AND m.kind <> 'note'
        AND m.sent_by_agent_id IS NOT NULL AND m.sent_at >= c.opened_at
        AND (c.resolved_at IS NULL OR m.sent_at <= c.resolved_at))
    WHERE c.conversation_id = p_conv AND c.opened_at <= p_sent_at AND (c.resolved_at IS NULL OR p_sent_at <= c.resolved_at);
  END IF;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
-- Changed or deleted messages (rare: a reply moved to the provider's time when its copy is
-- mirrored, a cascade), one row at a time: out of the aggregates as they were, in as they are.
CREATE FUNCTION report_messages_follow() RETURNS trigger AS $$
BEGIN
  IF OLD.kind <> 'note' THEN
    PERFORM report_message_apply(OLD.conversation_id, OLD.direction, OLD.sent_by_agent_id, OLD.sent_at, -1);
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.kind <> 'note' THEN
    PERFORM report_message_apply(NEW.conversation_id, NEW.direction, NEW.sent_by_agent_id, NEW.sent_at, 1);
  END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER report_messages_follow
AFTER DELETE OR UPDATE OF conversation_id, direction, kind, sent_by_agent_id, sent_at ON messages
FOR EACH ROW EXECUTE FUNCTION report_messages_follow();
--> statement-breakpoint
-- Inserted messages, once per statement and conversation rather than per row: a page of 500
-- from the mirror, or a 20,000-message import, updates a conversation's cycle once per
-- statement, not once per message (repeated updates of one row in one transaction cost more
-- with every version). Every lookup is by conversation id; the batch itself is the small
-- transition table. Same rule as report_message_apply: the first customer message while no
-- cycle is open opens one; messages count in the cycles whose time span holds them.
CREATE FUNCTION report_messages_inserted() RETURNS trigger AS $$
DECLARE
  v_nil CONSTANT uuid := '00000000-0000-0000-0000-000000000000';
  v_batch record;
  v_conv record;
BEGIN
  FOR v_batch IN
    SELECT n.conversation_id,
           (array_agg(n.sent_at ORDER BY n.id) FILTER (WHERE n.direction = 'inbound'))[1] AS first_in,
           min(n.sent_at) AS lo, max(n.sent_at) AS hi,
           bool_or(n.direction = 'outbound' AND n.sent_by_agent_id IS NOT NULL) AS agent_reply
    FROM inserted n WHERE n.kind <> 'note' GROUP BY n.conversation_id
  LOOP
    SELECT channel_id, assignee_id INTO v_conv FROM conversations WHERE id = v_batch.conversation_id;
    CONTINUE WHEN NOT FOUND;
    INSERT INTO report_hourly (hour, channel_id, agent_key, messages_in, messages_out)
    SELECT date_trunc('hour', n.sent_at, 'UTC'), v_conv.channel_id,
           CASE WHEN n.direction = 'outbound' THEN coalesce(n.sent_by_agent_id, v_nil) ELSE v_nil END,
           count(*) FILTER (WHERE n.direction = 'inbound'), count(*) FILTER (WHERE n.direction = 'outbound')
    FROM inserted n WHERE n.conversation_id = v_batch.conversation_id AND n.kind <> 'note'
    GROUP BY 1, 3
    ON CONFLICT (hour, channel_id, agent_key) DO UPDATE
      SET messages_in = report_hourly.messages_in + EXCLUDED.messages_in,
          messages_out = report_hourly.messages_out + EXCLUDED.messages_out;

    IF v_batch.first_in IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM report_cycles WHERE conversation_id = v_batch.conversation_id AND resolved_at IS NULL) THEN
      INSERT INTO report_cycles (conversation_id, channel_id, assignee_id, ordinal, opened_at)
      SELECT v_batch.conversation_id, v_conv.channel_id, v_conv.assignee_id, coalesce(max(ordinal), 0) + 1, v_batch.first_in
      FROM report_cycles WHERE conversation_id = v_batch.conversation_id;
    END IF;

    UPDATE report_cycles c SET
      messages_in = c.messages_in + x.messages_in, messages_out = c.messages_out + x.messages_out
    FROM (
      SELECT c2.id, count(*) FILTER (WHERE n.direction = 'inbound') AS messages_in, count(*) FILTER (WHERE n.direction = 'outbound') AS messages_out
      FROM report_cycles c2 JOIN inserted n ON n.conversation_id = c2.conversation_id AND n.kind <> 'note'
        AND n.sent_at >= c2.opened_at AND (c2.resolved_at IS NULL OR n.sent_at <= c2.resolved_at)
      WHERE c2.conversation_id = v_batch.conversation_id AND c2.opened_at <= v_batch.hi
        AND (c2.resolved_at IS NULL OR c2.resolved_at >= v_batch.lo)
      GROUP BY c2.id
    ) x
    WHERE c.id = x.id;

    IF v_batch.agent_reply THEN
      UPDATE report_cycles c SET first_response_at = (
        SELECT min(m.sent_at) FROM messages m
        WHERE m.conversation_id = c.conversation_id AND m.direction = 'outbound' AND m.kind <> 'note'
          AND m.sent_by_agent_id IS NOT NULL AND m.sent_at >= c.opened_at
          AND (c.resolved_at IS NULL OR m.sent_at <= c.resolved_at))
      WHERE c.conversation_id = v_batch.conversation_id AND c.opened_at <= v_batch.hi
        AND (c.resolved_at IS NULL OR c.resolved_at >= v_batch.lo);
    END IF;
  END LOOP;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER report_messages_inserted
AFTER INSERT ON messages REFERENCING NEW TABLE AS inserted
FOR EACH STATEMENT EXECUTE FUNCTION report_messages_inserted();
--> statement-breakpoint
-- A resolution closes the open cycle and fixes who handled it; an assignment while a cycle is
-- open moves it to the new assignee. (Every such write is also audited: the rebuild reads that.)
CREATE FUNCTION report_conversations_follow() RETURNS trigger AS $$
BEGIN
  IF NEW.status = 'resolved' AND OLD.status <> 'resolved' THEN
    UPDATE report_cycles SET resolved_at = now(), assignee_id = NEW.assignee_id
    WHERE conversation_id = NEW.id AND resolved_at IS NULL;
  ELSIF NEW.assignee_id IS DISTINCT FROM OLD.assignee_id THEN
    UPDATE report_cycles SET assignee_id = NEW.assignee_id WHERE conversation_id = NEW.id AND resolved_at IS NULL;
  END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER report_conversations_follow
AFTER UPDATE OF status, assignee_id ON conversations
FOR EACH ROW EXECUTE FUNCTION report_conversations_follow();
--> statement-breakpoint
-- Recomputes both aggregates from messages and the audit log (npm run reports:rebuild, and
-- below for the data already there). Set-based, the same rules as the triggers: customer
-- messages and resolutions (audited status changes) in write order — transaction time, then
-- message before audit entry, then id — cut each conversation into cycles; a resolved cycle's
-- handler is the assignee the last audited assignment before it named (the current assignee
-- when none was audited), an open one's the current assignee.
CREATE FUNCTION reports_rebuild() RETURNS void AS $$
BEGIN
  DELETE FROM report_hourly;
  INSERT INTO report_hourly (hour, channel_id, agent_key, messages_in, messages_out)
  SELECT date_trunc('hour', m.sent_at, 'UTC'), c.channel_id,
         CASE WHEN m.direction = 'outbound' THEN coalesce(m.sent_by_agent_id, '00000000-0000-0000-0000-000000000000'::uuid)
              ELSE '00000000-0000-0000-0000-000000000000'::uuid END,
         count(*) FILTER (WHERE m.direction = 'inbound'), count(*) FILTER (WHERE m.direction = 'outbound')
  FROM messages m JOIN conversations c ON c.id = m.conversation_id
  WHERE m.kind <> 'note'
  GROUP BY 1, 2, 3;

  DELETE FROM report_cycles;
  INSERT INTO report_cycles (conversation_id, channel_id, assignee_id, ordinal, opened_at, resolved_at)
  WITH resolutions AS (
    SELECT a.target_id::uuid AS conversation_id, a.at, a.id
    FROM audit_log a
    WHERE a.kind = 'conversation.status' AND a.target_type = 'conversation'
      AND a.after->>'status' = 'resolved' AND a.before->>'status' IS DISTINCT FROM 'resolved'
  ), ev AS (
    SELECT m.conversation_id, m.created_at AS t, 0 AS src, m.id AS seq, true AS is_in, m.sent_at AS at
    FROM messages m WHERE m.direction = 'inbound' AND m.kind <> 'note'
    UNION ALL
    SELECT conversation_id, at, 1, id, false, at FROM resolutions
  ), grouped AS (
    -- A message's group = resolutions before it; a resolution closes the group before its own.
    SELECT ev.*, row_number() OVER w AS pos,
           sum(CASE WHEN is_in THEN 0 ELSE 1 END) OVER w - CASE WHEN is_in THEN 0 ELSE 1 END AS grp
    FROM ev WINDOW w AS (PARTITION BY conversation_id ORDER BY t, src, seq ROWS UNBOUNDED PRECEDING)
  ), cycles AS (
    SELECT conversation_id, grp,
           (array_agg(at ORDER BY pos) FILTER (WHERE is_in))[1] AS opened_at,
           min(at) FILTER (WHERE NOT is_in) AS resolved_at,
           min(seq) FILTER (WHERE NOT is_in) AS resolution_id
    FROM grouped GROUP BY conversation_id, grp
    HAVING bool_or(is_in)
  ), assignments AS (
    SELECT a.target_id::uuid AS conversation_id, a.at, a.id, (a.after->>'assigneeId')::uuid AS assignee_id
    FROM audit_log a WHERE a.kind = 'conversation.assigned' AND a.target_type = 'conversation'
  ), handler_at_resolution AS (
    SELECT DISTINCT ON (cy.conversation_id, cy.grp) cy.conversation_id, cy.grp, a.assignee_id
    FROM cycles cy JOIN assignments a ON a.conversation_id = cy.conversation_id AND (a.at, a.id) < (cy.resolved_at, cy.resolution_id)
    WHERE cy.resolved_at IS NOT NULL
    ORDER BY cy.conversation_id, cy.grp, a.at DESC, a.id DESC
  )
  SELECT cy.conversation_id, c.channel_id,
         CASE WHEN cy.resolved_at IS NOT NULL AND h.grp IS NOT NULL THEN handler.id ELSE c.assignee_id END,
         row_number() OVER (PARTITION BY cy.conversation_id ORDER BY cy.grp),
         cy.opened_at, cy.resolved_at
  FROM cycles cy
  JOIN conversations c ON c.id = cy.conversation_id
  LEFT JOIN handler_at_resolution h ON h.conversation_id = cy.conversation_id AND h.grp = cy.grp
  -- A handler deleted since reads as null, as the foreign key's ON DELETE SET NULL leaves it.
  LEFT JOIN agents handler ON handler.id = h.assignee_id;

  UPDATE report_cycles cy SET messages_in = x.messages_in, messages_out = x.messages_out, first_response_at = x.first_response_at
  FROM (
    SELECT cy2.id,
           count(*) FILTER (WHERE m.direction = 'inbound') AS messages_in,
           count(*) FILTER (WHERE m.direction = 'outbound') AS messages_out,
           min(m.sent_at) FILTER (WHERE m.direction = 'outbound' AND m.sent_by_agent_id IS NOT NULL) AS first_response_at
    FROM report_cycles cy2
    JOIN messages m ON m.conversation_id = cy2.conversation_id AND m.kind <> 'note'
      AND m.sent_at >= cy2.opened_at AND (cy2.resolved_at IS NULL OR m.sent_at <= cy2.resolved_at)
    GROUP BY cy2.id
  ) x
  WHERE x.id = cy.id;
END $$ LANGUAGE plpgsql;
--> statement-breakpoint
SELECT reports_rebuild();
