import type { CitationInput } from "../../modules/guide/types"

/** The seeded guides: prose written for this shop, citing only the studies below. Each promotes a product inline. */

const STUDIES = {
  salem: {
    authors: "Salem I, Ramser A, Isham N, Ghannoum MA",
    title: "The Gut Microbiome as a Major Regulator of the Gut-Skin Axis",
    journal: "Front Microbiol",
    year: 2018,
    volume: "9",
    pages: "1459",
    doi: "10.3389/fmicb.2018.01459",
  },
  sinha: {
    authors: "Sinha S, Lin G, Ferenczi K",
    title: "The skin microbiome and the gut-skin axis",
    journal: "Clin Dermatol",
    year: 2021,
    volume: "39",
    issue: "5",
    pages: "829-839",
    doi: "10.1016/j.clindermatol.2021.08.021",
  },
  monda: {
    authors: "Monda V, et al.",
    title: "Exercise Modifies the Gut Microbiota with Positive Health Effects",
    journal: "Oxid Med Cell Longev",
    year: 2017,
    volume: "2017",
    pages: "3831972",
    doi: "10.1155/2017/3831972",
    pmid: "28357027",
  },
} satisfies Record<string, CitationInput>

export interface SeedGuide {
  slug: string
  title: string
  summary: string
  tags: string[]
  author: string
  reviewer: string
  citations: CitationInput[]
  body: string
}

export const GUIDES: SeedGuide[] = [
  {
    slug: "what-is-the-gut-skin-axis",
    title: "What is the gut-skin axis?",
    summary:
      "How the gut, its microbes and the skin exchange signals, what researchers are studying, and what it means for everyday habits.",
    tags: ["gut-skin axis", "skin", "microbiome"],
    author: "Dr. Samuel Reyes",
    reviewer: "Dr. Elena Marsh",
    citations: [STUDIES.salem, STUDIES.sinha],
    body: `Your gut and your skin look like two organs with unrelated jobs. One digests food; the other keeps the outside world out. Yet researchers increasingly describe them as partners in constant contact. The name for that connection is the **gut-skin axis**, and this guide explains what scientists mean by it, what is still unknown, and what it does and does not mean for your daily routine.

## Two organs, two microbial communities

Both the gut and the skin are home to large communities of microorganisms: bacteria, fungi and viruses that live on and in us. The gut community is the larger and more diverse of the two, and it is shaped by what we eat, how we live and the medicines we take. The skin carries its own, quite different community, which changes between oily, moist and dry areas of the body[^2].

These communities are not passengers. They break down food components, produce small molecules and interact with the immune cells that line both organs. A review in *Frontiers in Microbiology* describes the gut microbiome as a major regulator of the conversation between gut and skin[^1].

## How the gut and the skin talk

The word "axis" signals traffic in both directions. The reviews we cite describe several routes that researchers are investigating:

- **Immune signalling.** A large share of the body's immune tissue sits along the gut wall; a figure of about 70% is a commonly cited estimate. Immune cells that meet microbes in the gut travel through the body, including to the skin.
- **Microbial metabolites.** Gut bacteria ferment dietary fibre into short-chain fatty acids and other compounds, some of which enter the bloodstream and may reach distant tissues[^1].
- **The gut barrier.** A healthy gut lining lets nutrients through and keeps most microbes and their fragments out. Researchers are studying what the skin shows when that barrier is disturbed[^1][^2].
- **Skin back to gut.** The traffic is not one-way: the reviews also describe signals that start in the skin and reach the rest of the body[^2].

## What the research looks at

Much of the interest in the gut-skin axis comes from dermatology. Researchers have examined whether people with skin conditions such as acne, atopic dermatitis (eczema), psoriasis and rosacea have a different gut microbiome from people without them[^1][^2]. Several studies have reported such differences, and some trials have tested dietary changes or specific probiotic strains.

This research needs careful reading. A difference in gut bacteria between two groups does not show which came first, and many of the studies are small. Both reviews conclude that the field is promising and that larger, well-designed trials are needed before firm conclusions can be drawn[^1][^2].

> If you have a skin condition, talk to a dermatologist or your doctor. Supplements are not a substitute for a medical diagnosis or for the care a professional provides.

## What this means day to day

The practical message is modest and encouraging: the habits that keep your gut microbiome diverse are the same habits generally recommended for overall health. A varied, plant-rich diet with plenty of fibre, regular fermented foods, enough sleep, movement and ways to manage stress all give your gut bacteria a stable home. Our guide to daily habits for a healthy gut microbiome goes through each of them in turn.

Some people also choose a supplement designed around the gut-skin axis. Skin Biome Glow combines three bacterial strains with zinc, and zinc contributes to the maintenance of normal skin*.

::product{handle="skin-biome-glow"}

If you would rather take your cultures together with the fibre they eat, Barrier Duo pairs live cultures with acacia fibre and nourishes beneficial gut bacteria*.

::product{handle="barrier-duo-synbiotic"}

Both are meant to sit alongside the everyday habits above, not to replace them.

## Key points

- The gut-skin axis is the two-way exchange of signals between the gut, its microbes and the skin[^1][^2].
- Immune signalling, microbial metabolites and the gut barrier are the main routes researchers study.
- Research on skin conditions is active but still early; see a professional about any skin concern.
- Everyday habits that keep the gut microbiome diverse are a sensible place to start.`,
  },
  {
    slug: "daily-habits-for-a-healthy-gut-microbiome",
    title: "Daily habits for a healthy gut microbiome",
    summary:
      "Seven ordinary habits, from plants and fermented foods to sleep and exercise, that give your gut microbes a varied diet and a stable home.",
    tags: ["habits", "microbiome", "fibre", "exercise"],
    author: "Hannah Okafor",
    reviewer: "Dr. Elena Marsh",
    citations: [STUDIES.salem, STUDIES.monda],
    body: `There is no single food or pill that builds a healthy gut microbiome. What the research points to instead is a pattern: a handful of ordinary habits, repeated on most days, that give the trillions of microbes in your gut a varied diet and a stable environment. This guide walks through seven of them and explains why each one matters.

## 1. Eat a wide variety of plants

Fibre is food for your gut bacteria. People cannot digest most fibre themselves, but many gut microbes can, fermenting it into short-chain fatty acids that the cells of the gut lining use for energy[^1]. Different microbes prefer different fibres, so variety matters as much as quantity. Aim for a mix of fruit, vegetables, whole grains, beans, lentils, nuts and seeds across the week. A goal many people find useful is to count the different plants they eat in a week and nudge the number up over time.

## 2. Add fermented foods

Yogurt, kefir, kimchi, sauerkraut, tempeh and miso contain live microbes and the products of fermentation. Small, regular portions are an easy way to add variety. Our practical guide to fermented foods covers how to choose and store them.

## 3. Drink enough water

Fibre works best with enough fluid. Water helps fibre move through the digestive tract and keeps stools soft. Most adults do well to drink regularly through the day, and more in hot weather or after exercise.

## 4. Sleep seven to eight hours

Sleep and the gut influence each other. Short or irregular nights are linked with changes in appetite and food choices, and researchers are exploring how the body's daily rhythm relates to the daily rhythm of gut microbes. For most adults, seven to eight hours on a regular schedule is a good target.

## 5. Manage stress

The gut and the brain are in constant contact, and stress can change digestion quickly, as anyone who has felt butterflies before an exam knows. Regular walks, breathing exercises, time outdoors, time with friends and hobbies are practical ways to bring stress down.

## 6. Move your body

Exercise is one of the better-studied habits. A review of animal and human studies found that regular physical activity changes the composition of the gut microbiota, with effects the authors describe as positive for health[^2]. You do not need to train for a marathon: brisk walking, cycling, swimming or strength training on most days of the week all count.

## 7. Go easy on ultra-processed food, sugar and alcohol

Highly processed foods tend to be low in fibre and high in added sugar, salt and fat. Eating them now and then is fine; letting them crowd out plants is what leaves gut microbes with less to ferment. Keep alcohol moderate, with several alcohol-free days each week.

## Why the gut microbiome is worth the effort

The gut microbiome helps digest food, produces vitamins and other compounds, and trains the immune system. A large share of the body's immune tissue lies along the gut; about 70% is a commonly cited estimate. Researchers also study how the gut microbiome communicates with distant organs, including the skin[^1].

## Where supplements fit

Supplements are an addition to these habits, not a replacement for them. If your diet is low in fibre, a prebiotic fibre can help close the gap: Prebiotic Fibre Blend feeds the bacteria already living in your gut*. One scoop stirs into water, yogurt or porridge without changing the taste.

::product{handle="prebiotic-fibre-blend"}

Some people add a daily probiotic as well. Gut Restore 50 helps maintain healthy gut flora*, and Immune Daily Defence pairs two strains with vitamin D and zinc, which contribute to the normal function of the immune system*.

::product{handle="gut-restore-50"}

## A one-week starter plan

- Add one extra vegetable or bean dish to lunch each day.
- Have a small portion of a fermented food at breakfast.
- Keep a water bottle on your desk.
- Go to bed at the same time on five nights.
- Take a 20-minute walk on at least four days.

Small, steady changes add up. Pick two, keep them for a week, then add another.`,
  },
  {
    slug: "how-to-read-a-probiotic-label",
    title: "How to read a probiotic label: strains and CFU",
    summary:
      "What the Latin names, strain codes and CFU counts on a probiotic label mean, and a four-point checklist for comparing products.",
    tags: ["labels", "probiotics", "strains"],
    author: "Dr. Samuel Reyes",
    reviewer: "Hannah Okafor",
    citations: [STUDIES.salem, STUDIES.sinha],
    body: `Probiotic labels are full of Latin names, numbers and abbreviations. Once you know what each part means, you can compare products in a minute and pick one that suits you. This guide explains the four things worth checking on every label.

## 1. The full strain name

A probiotic is identified down to the strain, not just the species. A complete name has three parts:

- the **genus**, for example *Lacticaseibacillus*;
- the **species**, for example *rhamnosus*;
- the **strain designation**, a code of letters and numbers, for example GG.

Put together, that gives *Lacticaseibacillus rhamnosus* GG. The strain matters because two strains of the same species can behave quite differently, and research on one strain does not automatically apply to another. A label that lists only a species without a strain code tells you less than one that names the exact strain.

You may also notice that some names have changed. In 2020, scientists split the large *Lactobacillus* genus into several new groups, so *Lactobacillus rhamnosus* became *Lacticaseibacillus rhamnosus* and *Lactobacillus plantarum* became *Lactiplantibacillus plantarum*. The bacteria are the same; only the names are new.

## 2. The CFU count

CFU stands for colony-forming units: the number of live microbes able to multiply, stated per serving. Counts are usually given in billions, for example "10 billion CFU".

Two details make a CFU figure meaningful:

- **Per serving.** Check whether the figure refers to one capsule or to a serving of two or more.
- **Through the expiry date.** Live microbes slowly decline over time. A reliable label guarantees the count until the end of the shelf life, not only at the time of manufacture.

A higher number is not automatically better. What matters is whether the strains and amounts match those used in research, and whether the count is guaranteed until the product expires.

## 3. Other ingredients

Look at what else is in the capsule, chewable or powder: prebiotic fibres such as inulin, vitamins and minerals, capsule materials, sweeteners and flavours. This is also where allergen information appears.

## 4. Storage and directions

Some strains need refrigeration; others, such as the yeast *Saccharomyces boulardii*, are stable at room temperature. The label should say how to store the product and how and when to take it.

## Why the research behind a strain matters

Scientific reviews of the gut microbiome and the gut-skin axis discuss results strain by strain, and they stress how much remains to be tested in larger trials[^1][^2]. When a brand tells you which strains it uses, you can look up that research yourself.

## Reading our labels

Every Biome & Bloom product page lists each strain with its full name and its CFU count per serving, guaranteed through the expiry date. Daily Balance Probiotic, for example, lists *Lacticaseibacillus rhamnosus* GG at 10 billion CFU next to two other named strains, and it supports digestive comfort*. Put its label next to the checklist below and every box is ticked.

::product{handle="daily-balance-probiotic"}

Women's Flora pairs two long-studied strains with cranberry extract. Kids Berry Chewables are made for children aged three and over, and Travel Boulardii uses a heat-tolerant yeast that needs no fridge.

## A quick checklist

- Is every strain named down to its strain code?
- Is the CFU count given per serving and guaranteed through the expiry date?
- Are the other ingredients and allergens listed?
- Are the storage directions clear?

If the answer to all four is yes, you are looking at a transparent label.`,
  },
  {
    slug: "fermented-foods-a-practical-guide",
    title: "Fermented foods: a practical guide",
    summary: "What fermentation does, which fermented foods still carry live cultures, and simple ways to fit them into everyday meals.",
    tags: ["fermented foods", "microbiome", "habits"],
    author: "Hannah Okafor",
    reviewer: "Dr. Samuel Reyes",
    citations: [STUDIES.salem, STUDIES.sinha],
    body: `Fermentation is one of the oldest ways of preparing food. Long before refrigerators, people used microbes to preserve milk, vegetables, soybeans and grains, and in the process created some of the world's best-loved flavours. Today fermented foods are popular again, partly because of interest in the gut microbiome. This guide covers what fermentation is, which foods to try and how to fit them into everyday meals.

## What fermentation does

In fermentation, bacteria or yeasts convert the sugars in food into acids, gases or alcohol. Lactic acid bacteria, for example, turn the sugars in cabbage into lactic acid, which gives sauerkraut its sour taste and keeps it from spoiling. Along the way, fermentation can change the texture, flavour and digestibility of a food.

Not every fermented food still contains live microbes when you eat it. Bread, most beer and wine, and canned or pasteurised products are fermented but no longer carry living cultures. Look for "live cultures" or "unpasteurised" on the label, and for products sold from the chilled shelf.

## Foods worth trying

- **Yogurt.** Milk fermented with bacteria such as *Streptococcus thermophilus* and *Lactobacillus delbrueckii* subsp. *bulgaricus*. Choose plain yogurt and add your own fruit to keep sugar down.
- **Kefir.** A tangy, drinkable milk fermented with a mix of bacteria and yeasts. Water kefir is a dairy-free alternative.
- **Sauerkraut.** Finely shredded cabbage fermented in salt. Buy it chilled and unpasteurised, or make it at home.
- **Kimchi.** The Korean staple of fermented cabbage and radish with chilli, garlic and ginger.
- **Tempeh.** Whole soybeans fermented into a firm cake, a protein-rich choice for plant-based meals.
- **Miso.** A fermented soybean paste. Stir it into soups at the end of cooking, because boiling kills the live cultures.

## Fermented foods and the gut microbiome

Reviews of the gut-skin axis describe diet as one of the main everyday influences on the gut microbiome, and they discuss fermented foods and probiotic microbes among the dietary factors under study[^1][^2]. The microbes in fermented foods are mostly passing visitors rather than permanent residents, which is one reason regular, modest portions make more sense than an occasional large one.

Fermented foods work best as part of a fibre-rich diet. The bacteria that already live in your gut depend on fibre from plants, and fermented foods add variety on top of that foundation.

## Getting started

- Start small: a spoonful of sauerkraut or kimchi, or a small glass of kefir, is plenty at first. Some people notice extra gas when they increase fermented foods or fibre quickly.
- Pair them with meals you already eat: yogurt at breakfast, kimchi with rice or eggs, sauerkraut on a sandwich, tempeh in a stir-fry.
- Mind the salt: sauerkraut, kimchi and miso can be salty, so portions of one or two tablespoons are typical.
- Store them cold, and keep jars closed and clean.

## Who should be careful

Most healthy people can enjoy fermented foods. If you have a weakened immune system, are pregnant, or have been told to avoid unpasteurised foods, ask your doctor or dietitian first. The same applies to live-culture supplements.

## Fermented foods and supplements

Food comes first. For days when fermented foods and fibre fall short, some people add a supplement. Barrier Duo combines live cultures with the acacia fibre they feed on, in one sachet that keeps in a bag or a desk drawer.

::product{handle="barrier-duo-synbiotic"}

Prebiotic Fibre Blend feeds the bacteria already living in your gut*, and Kids Berry Chewables offer a chewable option for children who are not keen on sauerkraut.

## Key points

- Fermented foods are made with microbes; only some still contain live cultures when you eat them.
- Yogurt, kefir, sauerkraut, kimchi, tempeh and miso are easy places to start.
- Regular small portions on top of a fibre-rich diet match what the reviews describe[^1][^2].`,
  },
]
