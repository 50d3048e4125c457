-- Editable top menu and footer links (issue 9). The rows inserted here are the menu and footer the
-- portal showed while they were constants in lib/site.ts, so a fresh install looks the same.

-- CreateEnum
CREATE TYPE "SiteLinkLocation" AS ENUM ('MENU', 'FOOTER');

-- CreateTable
CREATE TABLE "SiteLink" (
    "id" SERIAL NOT NULL,
    "location" "SiteLinkLocation" NOT NULL,
    "parentId" INTEGER,
    "label" TEXT NOT NULL,
    "href" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "visible" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SiteLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SiteLink_location_parentId_position_idx" ON "SiteLink"("location", "parentId", "position");

-- CreateIndex
CREATE INDEX "SiteLink_parentId_idx" ON "SiteLink"("parentId");

-- AddForeignKey
ALTER TABLE "SiteLink" ADD CONSTRAINT "SiteLink_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "SiteLink"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The main menu, one level of submenu under "Giới thiệu".
INSERT INTO "SiteLink" ("location", "label", "href", "position", "updatedAt") VALUES
    ('MENU', 'Trang chủ', '/', 1, CURRENT_TIMESTAMP),
    ('MENU', 'Giới thiệu', '/gioi-thieu', 2, CURRENT_TIMESTAMP),
    ('MENU', 'Tin tức', '/tin-tuc', 3, CURRENT_TIMESTAMP),
    ('MENU', 'Văn bản', '/van-ban', 4, CURRENT_TIMESTAMP),
    ('MENU', 'Lịch công tác', '/lich-cong-tac', 5, CURRENT_TIMESTAMP),
    ('MENU', 'Tra cứu HTX', '/hop-tac-xa', 6, CURRENT_TIMESTAMP),
    ('MENU', 'Số liệu', '/so-lieu', 7, CURRENT_TIMESTAMP),
    ('MENU', 'Ý kiến', '/y-kien', 8, CURRENT_TIMESTAMP),
    ('MENU', 'Liên hệ', '/lien-he', 9, CURRENT_TIMESTAMP);

INSERT INTO "SiteLink" ("location", "parentId", "label", "href", "position", "updatedAt")
SELECT 'MENU', parent."id", child."label", child."href", child."position", CURRENT_TIMESTAMP
  FROM (VALUES
    ('Giới thiệu chung', '/gioi-thieu', 1),
    ('Cơ cấu tổ chức', '/co-cau-to-chuc', 2),
    ('Trung tâm Tư vấn', '/trung-tam-tu-van', 3)
  ) AS child("label", "href", "position")
  CROSS JOIN (SELECT "id" FROM "SiteLink" WHERE "location" = 'MENU' AND "parentId" IS NULL AND "href" = '/gioi-thieu') AS parent;

-- The footer's links.
INSERT INTO "SiteLink" ("location", "label", "href", "position", "updatedAt") VALUES
    ('FOOTER', 'Giới thiệu', '/gioi-thieu', 1, CURRENT_TIMESTAMP),
    ('FOOTER', 'Cơ cấu tổ chức', '/co-cau-to-chuc', 2, CURRENT_TIMESTAMP),
    ('FOOTER', 'Hệ thống văn bản', '/van-ban', 3, CURRENT_TIMESTAMP),
    ('FOOTER', 'Lịch công tác', '/lich-cong-tac', 4, CURRENT_TIMESTAMP),
    ('FOOTER', 'Lấy ý kiến dự thảo', '/lay-y-kien', 5, CURRENT_TIMESTAMP),
    ('FOOTER', 'Tra cứu hợp tác xã', '/hop-tac-xa', 6, CURRENT_TIMESTAMP),
    ('FOOTER', 'Số liệu kinh tế tập thể', '/so-lieu', 7, CURRENT_TIMESTAMP),
    ('FOOTER', 'Hỏi đáp', '/hoi-dap', 8, CURRENT_TIMESTAMP),
    ('FOOTER', 'Thư viện ảnh, video', '/thu-vien', 9, CURRENT_TIMESTAMP),
    ('FOOTER', 'Gửi ý kiến', '/y-kien', 10, CURRENT_TIMESTAMP),
    ('FOOTER', 'Tra cứu ý kiến', '/y-kien/tra-cuu', 11, CURRENT_TIMESTAMP),
    ('FOOTER', 'Liên hệ', '/lien-he', 12, CURRENT_TIMESTAMP),
    ('FOOTER', 'English', '/en', 13, CURRENT_TIMESTAMP);
