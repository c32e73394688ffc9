export const SHOP_NAME = "Biome & Bloom"
