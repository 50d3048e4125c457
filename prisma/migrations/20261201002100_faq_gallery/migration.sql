-- Editorial workspace (issue 9): questions and answers by topic (Hỏi đáp), photo albums and video clips,
-- draft documents open for public comment.

-- CreateTable
CREATE TABLE "FaqTopic" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FaqTopic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FaqQuestion" (
    "id" SERIAL NOT NULL,
    "topicId" INTEGER NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "ordinal" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FaqQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FaqTopic_name_key" ON "FaqTopic"("name");

-- CreateIndex
CREATE INDEX "FaqQuestion_topicId_ordinal_idx" ON "FaqQuestion"("topicId", "ordinal");

-- AddForeignKey
ALTER TABLE "FaqQuestion" ADD CONSTRAINT "FaqQuestion_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "FaqTopic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Photo albums and video clips (Thư viện ảnh, Phim tư liệu).

-- CreateTable
CREATE TABLE "Album" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Album_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlbumPhoto" (
    "id" SERIAL NOT NULL,
    "albumId" INTEGER NOT NULL,
    "mediaId" INTEGER NOT NULL,
    "caption" TEXT,
    "ordinal" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlbumPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VideoClip" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "url" TEXT,
    "mediaId" INTEGER,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VideoClip_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Album_slug_key" ON "Album"("slug");

-- CreateIndex
CREATE INDEX "AlbumPhoto_albumId_ordinal_idx" ON "AlbumPhoto"("albumId", "ordinal");

-- CreateIndex
CREATE INDEX "AlbumPhoto_mediaId_idx" ON "AlbumPhoto"("mediaId");

-- CreateIndex
CREATE UNIQUE INDEX "VideoClip_slug_key" ON "VideoClip"("slug");

-- CreateIndex
CREATE INDEX "VideoClip_mediaId_idx" ON "VideoClip"("mediaId");

-- AddForeignKey
ALTER TABLE "AlbumPhoto" ADD CONSTRAINT "AlbumPhoto_albumId_fkey" FOREIGN KEY ("albumId") REFERENCES "Album"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlbumPhoto" ADD CONSTRAINT "AlbumPhoto_mediaId_fkey" FOREIGN KEY ("mediaId") REFERENCES "Media"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VideoClip" ADD CONSTRAINT "VideoClip_mediaId_fkey" FOREIGN KEY ("mediaId") REFERENCES "Media"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Draft documents open for public comment (Lấy ý kiến dự thảo).

-- CreateTable
CREATE TABLE "DraftConsultation" (
    "id" SERIAL NOT NULL,
    "legalDocumentId" INTEGER NOT NULL,
    "opensOn" DATE NOT NULL,
    "closesOn" DATE NOT NULL,
    "summary" TEXT,
    "summaryPublishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DraftConsultation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DraftComment" (
    "id" SERIAL NOT NULL,
    "consultationId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "contact" TEXT NOT NULL,
    "comment" TEXT NOT NULL,
    "clientHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DraftComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DraftConsultation_legalDocumentId_key" ON "DraftConsultation"("legalDocumentId");

-- CreateIndex
CREATE INDEX "DraftComment_consultationId_createdAt_idx" ON "DraftComment"("consultationId", "createdAt");

-- CreateIndex
CREATE INDEX "DraftComment_clientHash_createdAt_idx" ON "DraftComment"("clientHash", "createdAt");

-- AddForeignKey
ALTER TABLE "DraftConsultation" ADD CONSTRAINT "DraftConsultation_legalDocumentId_fkey" FOREIGN KEY ("legalDocumentId") REFERENCES "LegalDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftComment" ADD CONSTRAINT "DraftComment_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "DraftConsultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
