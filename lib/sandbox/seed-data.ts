/**
 * The demo the sandbox starts with: one channel per platform and conversations in several
 * languages, with emoji and accents so encoding bugs show at once. Times are minutes before
 * the first start.
 */

export interface SeedLine {
  from: "contact" | "operator";
  text: string;
  minutesAgo: number;
  /** Operator lines only; contact lines are `received`. */
  status?: "sent" | "delivered" | "read";
  /** Contact lines only: the operator already fetched it. */
  seen?: boolean;
}

export interface SeedChannel {
  platform: "webchat" | "whatsapp" | "telegram";
  platformId: string;
  name: string;
  chats: { destination: string; lines: SeedLine[] }[];
}

export const SEED_CHANNELS: SeedChannel[] = [
  {
    platform: "webchat",
    platformId: "1001",
    name: "Website chat",
    chats: [
      {
        destination: "visitor-4821",
        lines: [
          { from: "contact", minutesAgo: 190, seen: true, text: "Bonjour ! Je n'arrive pas à me connecter à mon compte : ça affiche « mot de passe incorrect » alors que je suis sûre de l'avoir bien tapé 😕" },
          { from: "operator", minutesAgo: 185, status: "read", text: "Bonjour ! Désolé pour ce souci. Pouvez-vous essayer « Mot de passe oublié » ? Le lien arrive en général en moins d'une minute." },
          { from: "contact", minutesAgo: 12, text: "Merci, ça marche ! Par contre l'e-mail était dans les indésirables 🙈" },
        ],
      },
      {
        destination: "lena.mueller@example.de",
        lines: [
          { from: "contact", minutesAgo: 45, text: "Guten Tag, ich möchte meine Bestellung Nr. 10432 stornieren. Geht das noch? Grüße aus München 🥨" },
        ],
      },
    ],
  },
  {
    platform: "whatsapp",
    platformId: "34910000001",
    name: "WhatsApp Support",
    chats: [
      {
        destination: "447700900123",
        lines: [
          { from: "contact", minutesAgo: 300, seen: true, text: "Hi! My order #4521 still hasn't arrived 📦 it's been 8 days" },
          { from: "operator", minutesAgo: 290, status: "read", text: "Sorry about the wait! I've checked with the courier: it's at the local depot and should reach you tomorrow before 2 pm." },
          { from: "contact", minutesAgo: 288, seen: true, text: "Great, thanks so much 🙏" },
        ],
      },
      {
        destination: "34611222333",
        lines: [
          { from: "contact", minutesAgo: 30, seen: true, text: "Hola, ¿podéis cambiar la dirección de envío? Me he mudado a Málaga 🏠" },
          { from: "operator", minutesAgo: 25, status: "delivered", text: "¡Hola! Claro que sí. ¿Me confirmas la dirección completa, con código postal?" },
          { from: "contact", minutesAgo: 3, text: "Calle Larios 12, 3.º B, 29005 Málaga. ¡Gracias! 😊" },
        ],
      },
      {
        destination: "819012345678",
        lines: [{ from: "contact", minutesAgo: 8, text: "こんにちは！注文確認のメールが届きません。確認していただけますか？🙇" }],
      },
    ],
  },
  {
    platform: "telegram",
    platformId: "7000000001",
    name: "Telegram Bot",
    chats: [
      {
        destination: "512345678",
        lines: [
          { from: "contact", minutesAgo: 600, seen: true, text: "Olá! Vocês entregam em São Paulo? Quanto custa o frete? 🚚" },
          { from: "operator", minutesAgo: 595, status: "read", text: "Olá! Entregamos sim 🙂 O frete para São Paulo é R$ 19,90 e chega em até 3 dias úteis." },
          { from: "contact", minutesAgo: 590, seen: true, text: "Perfeito, obrigado! Vou fazer o pedido agora." },
        ],
      },
      {
        destination: "623456789",
        lines: [{ from: "contact", minutesAgo: 60, text: "Ciao! Il codice sconto ESTATE20 non funziona più 😅 è già scaduto?" }],
      },
    ],
  },
];
