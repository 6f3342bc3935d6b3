import type { LocalizedText } from '../i18n/index.js';

/**
 * The six pillars (dimensi) of the Gerakan Menuju Smart City and their three elements each (18 elements).
 *
 * Sources (see `shared/reference/domain.md` §1):
 * - Kominfo, *Panduan Penyusunan Masterplan Smart City* (2021), the six dimensions;
 * - Kominfo's 2024 evaluation of Kota Ambon, which lists the same 18 as "sub dimensi";
 * - Kota Tegal and Kab. Lombok Timur smart city portals (English keys and Indonesian wording);
 * - Perwako Padang Panjang 37/2019 (Governance = service, bureaucracy, policy).
 *
 * Ids are stable: they are written into workspaces, spreadsheets and reports and must never change.
 *
 * @example
 * ```ts
 * PILLAR_CATALOGUE[5].elements[1].id; // 'environment.waste'
 * ```
 */
export const PILLAR_CATALOGUE = [
  {
    id: 'governance',
    label: { id: 'Smart Governance', en: 'Smart Governance' },
    shortLabel: { id: 'Tata Kelola', en: 'Governance' },
    description: {
      id: 'Tata kelola pemerintahan yang efektif, efisien dan komunikatif: pelayanan publik, birokrasi dan kebijakan publik.',
      en: 'Effective, efficient and communicative government: public services, bureaucracy and public policy.',
    },
    elements: [
      {
        id: 'governance.public-service',
        label: { id: 'Pelayanan Publik', en: 'Public Service' },
        description: {
          id: 'Pelayanan publik yang cepat, mudah dan terjangkau.',
          en: 'Fast, easy and affordable public services.',
        },
      },
      {
        id: 'governance.bureaucracy',
        label: { id: 'Manajemen Birokrasi yang Efisien', en: 'Bureaucracy' },
        description: {
          id: 'Tata kelola birokrasi yang efisien.',
          en: 'Efficient management of the bureaucracy.',
        },
      },
      {
        id: 'governance.public-policy',
        label: { id: 'Efisiensi Kebijakan Publik', en: 'Public Policy' },
        description: {
          id: 'Kebijakan publik yang efisien dan berbasis data.',
          en: 'Efficient, evidence-based public policy.',
        },
      },
    ],
  },
  {
    id: 'branding',
    label: { id: 'Smart Branding', en: 'Smart Branding' },
    shortLabel: { id: 'Branding', en: 'Branding' },
    description: {
      id: 'Membangun dan memasarkan identitas daerah: pariwisata, bisnis dan wajah kota.',
      en: "Building and marketing the region's identity: tourism, business and the city's appearance.",
    },
    elements: [
      {
        id: 'branding.tourism',
        label: { id: 'Membangun dan Memasarkan Ekosistem Pariwisata', en: 'Tourism Branding' },
        description: { id: 'Ekosistem pariwisata yang dikenal luas.', en: 'A well-known tourism ecosystem.' },
      },
      {
        id: 'branding.business',
        label: { id: 'Membangun dan Memasarkan Ekosistem Bisnis Daerah', en: 'Business Branding' },
        description: {
          id: 'Ekosistem bisnis daerah yang menarik investasi.',
          en: 'A regional business ecosystem that attracts investment.',
        },
      },
      {
        id: 'branding.city-appearance',
        label: { id: 'Membangun dan Memasarkan Wajah Kota', en: 'City Appearance Branding' },
        description: {
          id: 'Penataan wajah kota yang mencerminkan identitas daerah.',
          en: "A city appearance that reflects the region's identity.",
        },
      },
    ],
  },
  {
    id: 'economy',
    label: { id: 'Smart Economy', en: 'Smart Economy' },
    shortLabel: { id: 'Ekonomi', en: 'Economy' },
    description: {
      id: 'Ekosistem ekonomi yang berdaya saing: industri, kesejahteraan rakyat dan transaksi keuangan.',
      en: 'A competitive economic ecosystem: industry, welfare and financial transactions.',
    },
    elements: [
      {
        id: 'economy.industry',
        label: { id: 'Ekosistem Industri yang Berdaya Saing', en: 'Industry' },
        description: {
          id: 'Industri dan UMKM yang berdaya saing.',
          en: 'Competitive industry and small businesses.',
        },
      },
      {
        id: 'economy.welfare',
        label: { id: 'Peningkatan Kesejahteraan Rakyat', en: 'Welfare' },
        description: { id: 'Peningkatan kesejahteraan masyarakat.', en: "Improving citizens' welfare." },
      },
      {
        id: 'economy.transaction',
        label: { id: 'Ekosistem Transaksi Keuangan', en: 'Transaction' },
        description: {
          id: 'Ekosistem transaksi keuangan, termasuk transaksi non-tunai.',
          en: 'A financial transaction ecosystem, including cashless payments.',
        },
      },
    ],
  },
  {
    id: 'living',
    label: { id: 'Smart Living', en: 'Smart Living' },
    shortLabel: { id: 'Kehidupan', en: 'Living' },
    description: {
      id: 'Kelayakan pola hidup: tata ruang yang selaras, kualitas kesehatan dan moda transportasi.',
      en: 'Liveability: harmonious spatial planning, health and mobility.',
    },
    elements: [
      {
        id: 'living.harmony',
        label: { id: 'Harmonisasi Tata Ruang Wilayah', en: 'Harmony' },
        description: {
          id: 'Tata ruang yang selaras dan layak huni.',
          en: 'Harmonious, liveable spatial planning.',
        },
      },
      {
        id: 'living.health',
        label: { id: 'Sarana dan Prasarana Kesehatan', en: 'Health' },
        description: {
          id: 'Sarana dan prasarana kesehatan yang memadai.',
          en: 'Adequate health facilities and services.',
        },
      },
      {
        id: 'living.mobility',
        label: { id: 'Sarana Transportasi', en: 'Mobility' },
        description: {
          id: 'Moda transportasi yang aman dan terjangkau.',
          en: 'Safe and affordable transport.',
        },
      },
    ],
  },
  {
    id: 'society',
    label: { id: 'Smart Society', en: 'Smart Society' },
    shortLabel: { id: 'Masyarakat', en: 'Society' },
    description: {
      id: 'Masyarakat yang humanis dan dinamis: interaksi komunitas, ekosistem belajar dan keamanan.',
      en: 'A humane, dynamic society: community interaction, learning and security.',
    },
    elements: [
      {
        id: 'society.community',
        label: { id: 'Interaksi Masyarakat yang Efisien', en: 'Community' },
        description: {
          id: 'Interaksi dan partisipasi masyarakat yang efisien.',
          en: 'Efficient community interaction and participation.',
        },
      },
      {
        id: 'society.learning',
        label: { id: 'Ekosistem Belajar yang Efisien', en: 'Learning' },
        description: { id: 'Ekosistem pendidikan yang efisien.', en: 'An efficient learning ecosystem.' },
      },
      {
        id: 'society.security',
        label: { id: 'Sistem Keamanan Masyarakat', en: 'Security' },
        description: {
          id: 'Sistem keamanan dan keselamatan masyarakat.',
          en: 'Public safety and security systems.',
        },
      },
    ],
  },
  {
    id: 'environment',
    label: { id: 'Smart Environment', en: 'Smart Environment' },
    shortLabel: { id: 'Lingkungan', en: 'Environment' },
    description: {
      id: 'Lingkungan yang berkelanjutan: proteksi lingkungan, tata kelola sampah dan limbah, serta energi.',
      en: 'A sustainable environment: protection, waste management and responsible energy use.',
    },
    elements: [
      {
        id: 'environment.protection',
        label: { id: 'Proteksi Lingkungan', en: 'Protection' },
        description: { id: 'Perlindungan lingkungan hidup.', en: 'Protecting the environment.' },
      },
      {
        id: 'environment.waste',
        label: { id: 'Tata Kelola Sampah dan Limbah', en: 'Waste' },
        description: { id: 'Pengelolaan sampah dan limbah.', en: 'Managing waste and wastewater.' },
      },
      {
        id: 'environment.energy',
        label: { id: 'Tata Kelola Energi yang Bertanggung Jawab', en: 'Energy' },
        description: {
          id: 'Pengelolaan energi yang bertanggung jawab.',
          en: 'Responsible energy management.',
        },
      },
    ],
  },
] as const satisfies readonly {
  id: string;
  label: LocalizedText;
  shortLabel: LocalizedText;
  description: LocalizedText;
  elements: readonly { id: string; label: LocalizedText; description: LocalizedText }[];
}[];
