CREATE TABLE "indicator_days" (
	"workspace_id" uuid NOT NULL,
	"dimension" text NOT NULL,
	"day" date NOT NULL,
	"key" text NOT NULL,
	"minutes" bigint NOT NULL,
	"events" integer NOT NULL,
	"ratings" integer NOT NULL,
	"stars" integer NOT NULL,
	CONSTRAINT "indicator_days_workspace_id_dimension_day_key_pk" PRIMARY KEY("workspace_id","dimension","day","key")
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"name" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "setup_codes" (
	"code_hash" text PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"workspace_id" uuid
);
--> statement-breakpoint
DROP INDEX "events_workspace_occurred_idx";--> statement-breakpoint
ALTER TABLE "events" DROP CONSTRAINT "events_pkey";--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_pkey" PRIMARY KEY("workspace_id","id");--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "retracted" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "event_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Existing data: each workspace's event count, and the events already retracted by their author
-- or an owner. indicator_days is filled at start-up, in the configured time zone.
UPDATE "workspaces" SET "event_count" = (SELECT count(*) FROM "events" e WHERE e."workspace_id" = "workspaces"."id");--> statement-breakpoint
UPDATE "events" t SET "retracted" = true
WHERE t."type" <> 'retraction' AND EXISTS (
	SELECT 1 FROM "events" r JOIN "devices" d ON d."id" = r."device_id"
	WHERE r."workspace_id" = t."workspace_id" AND r."retracts" = t."id" AND r."type" = 'retraction'
		AND (r."device_id" = t."device_id" OR d."role" = 'owner')
);
