-- When the work with a family is planned to end, so discharge measures can be asked for in time.
ALTER TABLE "families" ADD COLUMN "planned_end_on" date;