// The bench's message text: support-chat words in Spanish, French and English, most frequent
// first. Bodies draw words with a Zipf-like law (rank r about as often as 1/r), so the first
// words are in most messages and the last in a fraction of a percent, as in a real inbox.
export const WORDS = [
  "hola", "pedido", "gracias", "bonjour", "hello", "the", "de", "que", "order", "merci", "por", "favor", "please", "commande",
  "mi", "my", "ma", "est", "está", "envío", "livraison", "delivery", "número", "numéro", "number", "problema", "problème",
  "problem", "dañado", "abîmé", "damaged", "paquete", "colis", "parcel", "llegó", "arrivé", "arrived", "todavía", "encore",
  "still", "dirección", "adresse", "address", "cambiar", "changer", "change", "reembolso", "remboursement", "refund",
  "factura", "facture", "invoice", "teléfono", "téléphone", "phone", "ayuda", "aide", "help", "información", "information",
  "cuenta", "compte", "account", "contraseña", "password", "mot", "passe", "Mérida", "Madrid", "Lyon", "Paris", "London",
  "semana", "semaine", "week", "ayer", "hier", "yesterday", "mañana", "demain", "tomorrow", "talla", "taille", "size",
  "devolución", "retour", "return", "cargador", "chargeur", "charger", "incompleto", "incomplet", "incomplete", "también",
  "aussi", "also", "déjà", "ya", "already", "très", "muy", "very", "urgente", "urgent", "réponse", "respuesta", "answer",
  "pedidos", "pedir", "pedí", "commandé", "ordered", "envié", "envoyé", "sent", "tarjeta", "carte", "card", "pago", "paiement",
  "payment", "cancelar", "annuler", "cancel", "precio", "prix", "price", "descuento", "réduction", "discount", "código",
  "code", "tienda", "magasin", "store", "garantía", "garantie", "warranty", "roto", "cassé", "broken", "café", "Québec",
  "Sevilla", "Málaga", "Bogotá", "Córdoba", "Nîmes", "Besançon", "señor", "señora", "caja", "boîte", "box", "etiqueta",
  "étiquette", "label", "transportista", "transporteur", "courier", "seguimiento", "suivi", "tracking",
];

/** Words that are in a few dozen messages of 2,000,000: the "rare word" searches. */
export const RARE_WORDS = ["paraguas", "parapluie", "umbrella", "xilófono", "trombón", "zanahoria"];
const RARE_SHARE = 0.00002;

const literal = (w: string) => `'${w.replace(/'/g, "''")}'`;

/** The seed's SQL for one body: 4 to 24 words by rank, sometimes a rare word, sometimes an order number. */
export function bodySql(): string {
  const words = `array[${WORDS.map(literal).join(",")}]`;
  const rare = `array[${RARE_WORDS.map(literal).join(",")}]`;
  // Refers to k and p.i so that PostgreSQL runs it per row, not once for the whole insert.
  return `(select string_agg((${words})[least(${WORDS.length}, floor(exp(random() * ln(${WORDS.length + 1})))::int)], ' ')
      || case when random() < ${(RARE_SHARE * RARE_WORDS.length).toFixed(6)} then ' ' || (${rare})[1 + floor(random() * ${RARE_WORDS.length})::int] else '' end
      || case when random() < 0.05 then ' ' || (10000 + floor(random() * 90000))::int else '' end
    from generate_series(1, 4 + ((k * 7 + p.i) % 21)))`;
}
