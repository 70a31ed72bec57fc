import type { z } from "zod";
import type { sourceSchema } from "@/lib/schemas";

/** The article this app explains. The headline is verbatim (curly apostrophe included). */
export const source: z.input<typeof sourceSchema> = {
  headline: "Almost 100,000 Russians Have Crossed Into Kazakhstan Since Putin’s Mobilization Order",
  headlineTranslation: {
    ru: "Почти 100 000 россиян пересекли границу с Казахстаном после указа Путина о мобилизации",
    kk: "Путиннің жұмылдыру туралы жарлығынан кейін 100 000-ға жуық ресейлік Қазақстанға өтті",
  },
  publisher: "The Wall Street Journal",
  author: "Ann M. Simmons",
  authorTranslation: { ru: "Энн М. Симмонс", kk: "Энн М. Симмонс" },
  datePublished: "2022-09-27",
  bylineTime: "Sept. 27, 2022 11:20 am ET",
  bylineTimeEastern: "11:20",
  dateline: { en: "Moscow", ru: "Москва", kk: "Мәскеу" },
};
