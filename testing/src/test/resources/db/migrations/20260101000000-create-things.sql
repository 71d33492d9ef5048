-- sequor:up
CREATE TABLE "things" ("id" SERIAL PRIMARY KEY, "name" TEXT NOT NULL UNIQUE);
CREATE TABLE "parts" ("id" SERIAL PRIMARY KEY, "thing_id" INTEGER NOT NULL REFERENCES "things" ("id"));
-- sequor:down
DROP TABLE "parts";
DROP TABLE "things";
