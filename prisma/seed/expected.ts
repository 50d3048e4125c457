/**
 * What the demo seed guarantees, for tests and for anyone checking the dashboards against the
 * source (Liên minh HTX tỉnh Kiên Giang, "sơ kết 6 tháng đầu năm 2023", conference of 14/7/2023).
 *
 * Definitions
 * - "As of 2023-06-30" / the 2023 FIRST_HALF period: an organization counts when it was established
 *   on or before 30/6/2023 and its status on that day (latest StatusChange with effectiveOn <= that
 *   day) is ACTIVE, SUSPENDED or AWAITING_DISSOLUTION ("Một số HTX đã ngừng hoạt động nhưng không
 *   giải thể": suspended ones are still in the register). Exactly those organizations have an
 *   OrganizationReport for the 2023 FIRST_HALF period (every period works the same way), so
 *   counting or summing that period's reports by kind gives the figures below.
 * - "HTX" totals (533, members, charter capital, land, workers) are over kind COOPERATIVE plus
 *   CREDIT_FUND (a people's credit fund is a cooperative); unions (LHHTX) and groups (THT) are
 *   reported separately.
 * - Workers = regularWorkers + seasonalWorkers. Groups only report seasonal workers
 *   ("tạo việc làm cho 7.069 lao động theo thời vụ").
 *
 * Decision on 533 vs 534: the source prints "533 HTX … Trong đó: 468 HTX nông nghiệp; 45 HTX phi
 * nông nghiệp và 21 Quỹ tín dụng nhân dân", but 468 + 45 + 21 = 534. The headline 533 is repeated
 * with all the totals (capital, area, members), so the seed keeps 533 and takes the error out of
 * the agricultural count: 467 agricultural + 45 non-agricultural + 21 QTDND = 533.
 */

export const SNAPSHOT_DAY = '2023-06-30';

export const EXPECTED_2023_H1 = {
  cooperatives: {
    /** COOPERATIVE + CREDIT_FUND. */
    total: 533,
    /** kind COOPERATIVE with sectorGroup AGRICULTURE (the source's 468, see above). */
    agricultural: 467,
    /** kind COOPERATIVE with sectorGroup NON_AGRICULTURE. */
    nonAgricultural: 45,
    /** kind CREDIT_FUND. */
    creditFunds: 21,
    members: 55_264,
    /** đồng: 412.296.737.000 đồng. */
    charterCapital: 412_296_737_000,
    landAreaHa: 66_807.55,
    /** regularWorkers + seasonalWorkers. */
    workers: 10_159,
    /** Established 1/1–30/6/2023 ("thành lập 9/10 hợp tác xã"). */
    newInFirstHalf: 9,
    /** StatusChange MERGED effective 1/1–30/6/2023 ("sáp nhập 02 hợp tác xã"). */
    mergedInFirstHalf: 2,
    /** End of 2022: 533 − 9 new + 2 merged (nothing else ended in the first half). */
    atEndOf2022: 526,
  },
  unions: {
    total: 3,
    /** Established in 2023 (first half). */
    newIn2023: 2,
    /** Former districts holding them. */
    districts: ['Giang Thành', 'An Biên'],
  },
  groups: {
    total: 2_220,
    members: 43_942,
    /** đồng: 17 tỷ 942 triệu đồng. */
    contributedCapital: 17_942_000_000,
    landAreaHa: 64_720,
    seasonalWorkers: 7_069,
    newInFirstHalf: 37,
    /** "tăng 37 THT so với cuối năm 2022": no group ended in the first half of 2023. */
    atEndOf2022: 2_183,
  },
  /** Plan 2023 (province-wide PlanTarget rows) and what the sơ kết reported against it. */
  plan: {
    NEW_COOPERATIVES: { target: 10 },
    NEW_GROUPS: { target: 50 },
    CAMPAIGNS: { target: 10, result: 5 },
    TRAINING_CLASSES: { target: 10 },
    ARTICLES: { target: 200, result: 105 },
  },
  /** SupportActivity kind TRAINING starting 1/1–30/6/2023 ("mở 11/10 lớp tập huấn, có 549 người"). */
  trainingFirstHalf: { classes: 11, attendees: 549 },
  /** Loans from the national employment fund disbursed 1/1–30/6/2023: 4 HTX, 300 triệu đồng. */
  employmentFundFirstHalf: { loans: 4, organizations: 4, principal: 300_000_000 },
  /** Loans of the cooperative development fund under Kế hoạch 93/KH-UBND in the first half of 2023. */
  developmentFundFirstHalf: { loans: 3 },
  /** Awards decided in 2023 for the Khối thi đua HTX. */
  awards2023: { emulationFlags: 9, certificatesSecondPlace: 9, certificatesThirdPlace: 9 },
} as const;

/** Whole-seed sizes that tests may rely on. */
export const EXPECTED_SEED = {
  /** Kiên Giang (to 30/6/2025) and An Giang (from 1/7/2025). */
  provinces: 2,
  /** Kiên Giang's district-level units. */
  districts: 15,
  reportingPeriods: 15,
  /** Reporting periods: FIRST_HALF and FULL_YEAR 2019–2025, FIRST_HALF 2026. */
  firstPeriodYear: 2019,
  lastPeriodYear: 2026,
  ratingScheme: 'TT01-2020',
  ratingCriteria: 15,
  ratingYears: [2019, 2020, 2021, 2022, 2023, 2024, 2025],
  /** The seed describes the province as on this day. */
  today: '2026-11-23',
} as const;
