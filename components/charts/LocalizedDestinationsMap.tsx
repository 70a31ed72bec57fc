import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/locales";
import { dataset } from "@/server/evidence";
import { DestinationsMap } from "./DestinationsMap";

export async function LocalizedDestinationsMap({ locale, open = false }: { locale: Locale; open?: boolean }) {
  const t = await getTranslations({ locale, namespace: "Charts" });
  const places = dataset.places
    // Drawn as destinations: the places the dataset marks so (not Russia, the origin, nor Ukraine).
    .filter((p) => p.role === "destination")
    .map((p) => ({
      id: p.id,
      name: p.name[locale],
      coords: p.coords,
      kind: p.kind === "crossing" ? ("crossing" as const) : ("country" as const),
      ...(p.isoNumeric ? { isoNumeric: p.isoNumeric } : {}),
    }));
  return (
    <DestinationsMap
      idPrefix="destinations-map"
      title={t("mapTitle")}
      caption={t("mapCaption")}
      sourceLine={t("mapSource")}
      legendDestination={t("mapLegendDestination")}
      legendRussia={t("mapLegendRussia")}
      listLabel={t("mapList")}
      places={places}
      open={open}
    />
  );
}
