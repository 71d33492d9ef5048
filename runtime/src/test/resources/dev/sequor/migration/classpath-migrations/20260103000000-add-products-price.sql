-- sequor:up
ALTER TABLE "products" ADD COLUMN "price" NUMERIC(10, 2) NOT NULL DEFAULT 0;
-- sequor:down
-- sequor:drop products.price
ALTER TABLE "products" DROP COLUMN "price";
