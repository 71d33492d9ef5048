-- sequor:up
ALTER TABLE "things" ADD COLUMN "size" TEXT;
-- sequor:down
ALTER TABLE "things" DROP COLUMN "size";
