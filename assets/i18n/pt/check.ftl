# O que o verificador de conteúdo diz, em português: `puente check` e a lista
# "Problemas no conteúdo" do aplicativo. Todos os identificadores começam com
# chk- e são os mesmos em en, es e pt; um teste os mantém em sincronia. As
# mensagens começam com letra minúscula porque vêm depois de
# "arquivo:linha:col: erro: ".
# Os argumentos entre aspas ou crases são palavras do próprio autor
# (identificadores, nomes de campos, datas) e não são traduzidos.

## Gravidade e resumo
chk-error = erro
chk-warning = aviso
chk-summary = { $errors ->
        [0] { $errors } erros
        [one] { $errors } erro
       *[other] { $errors } erros
    }, { $warnings ->
        [0] { $warnings } avisos
        [one] { $warnings } aviso
       *[other] { $warnings } avisos
    }
chk-checked = { $packs ->
        [0] { $packs } pacotes verificados
        [one] { $packs } pacote verificado
       *[other] { $packs } pacotes verificados
    }: { $modules } módulos ({ $lessons } lições, { $exercises } exercícios de { $kinds } tipos), { $checklists } listas de verificação, { $terms } termos do glossário; idiomas: { $languages }
chk-languages-none = nenhum
chk-deny-warnings = a verificação falha por causa de --deny-warnings
chk-see-at = { $message } (veja { $place })
chk-raw = { $text }

## Tipos de elementos que têm identificador
chk-kind-pack = pacote
chk-kind-module = módulo
chk-kind-checklist = lista de verificação
chk-kind-step = passo
chk-kind-option = opção
chk-kind-item = item
chk-kind-pair = par
chk-kind-node = nó
chk-kind-choice = escolha
chk-kind-dimension = dimensão
chk-kind-band = faixa
chk-kind-term = termo

## Onde um identificador deve ser único
chk-scope-module = neste módulo
chk-scope-exercise = neste exercício
chk-scope-scenario = neste caso
chk-scope-node = neste nó
chk-scope-checklist = nesta lista de verificação
chk-scope-checklist-items = nesta lista de verificação (os identificadores de item não podem se repetir, nem mesmo em dimensões diferentes)
chk-scope-glossary = no glossário

## Textos que o autor escreve
chk-field-pack-title = título do pacote
chk-field-pack-description = descrição do pacote
chk-field-title = título
chk-field-summary = resumo
chk-field-subject-hint = exemplo do que é avaliado (a dica do campo “O que você vai avaliar?”)
chk-field-objective = objetivo
chk-field-prompt = enunciado
chk-field-explanation = explicação
chk-field-lesson-title = título da lição
chk-field-lesson-body = corpo da lição
chk-field-feedback = feedback
chk-field-option-text = texto da opção
chk-field-model-answer = resposta-modelo
chk-field-item-text = texto do item
chk-field-left = texto da esquerda
chk-field-right = texto da direita
chk-field-unit = unidade
chk-field-node-text = texto do nó
chk-field-choice-text = texto da escolha
chk-field-level-label = rótulo do nível
chk-field-not-applicable = rótulo de "não se aplica"
chk-field-dimension-title = título da dimensão
chk-field-help = texto de ajuda
chk-field-band-title = título da faixa
chk-field-advice = recomendação
chk-field-term = termo
chk-field-definition = definição

## Identificadores
chk-bad-id = o identificador de { $what } "{ $id }" não é válido: use letras minúsculas, algarismos e hífens simples, com no máximo 64 caracteres{ $hint }; o progresso dos participantes se refere a esse identificador, então não o altere depois de publicado
chk-bad-id-hint = {" "}(por exemplo, "{ $suggestion }")
chk-duplicate-id = identificador de { $what } "{ $id }" repetido { $scope }; dê a cada { $what } seu próprio identificador
chk-duplicate-file-id = identificador de { $what } "{ $id }" repetido: outro arquivo de { $what } já o usa; cada { $what } de um pacote precisa de seu próprio identificador
chk-did-you-mean = ; você quis dizer "{ $id }"?

## Textos e traduções
chk-text-empty = { $what }: o texto está vazio; escreva-o
chk-text-no-language = { $what }: não há texto em nenhum idioma
chk-text-empty-in = { $what }: o texto em "{ $lang }" está vazio; escreva-o ou remova esse idioma
chk-text-foreign-language = "{ $lang }" não é um dos idiomas do pacote ({ $languages }); adicione-o a `languages` em pack.ron ou remova esta tradução
chk-text-missing-translation = tradução ausente ({ $what }): não há texto em { $missing } (em vez disso, os participantes verão o texto em "{ $fallback }")

## Links nas lições
chk-link-glossary = link para o termo do glossário "{ $id }", que o glossary.ron não define; adicione o termo ou corrija o identificador{ $hint }
chk-link-module = link para o módulo "{ $id }", que não está neste pacote{ $hint }
chk-link-file = o link "{ $target }" aponta para um arquivo, que os participantes não conseguem abrir; use um link para um termo (glossary:id), um módulo (module:id) ou um endereço da web (https://…)
chk-link-unknown = links do tipo "{ $scheme }:" não são abertos a partir de uma lição, para a segurança do participante; use glossary:term-id, module:module-id ou um endereço da web (https://…)
chk-link-web-malformed = o endereço da web "{ $target }" não é um que um navegador possa abrir com segurança (não tem servidor, ou contém espaços, aspas ou caracteres de controle); escreva-o como https://servidor/caminho
chk-markdown-too-deep = aqui as listas ou citações se aninham em { $depth } níveis; no máximo { $max } podem ser mostrados — achate a lista
chk-and-more = { $message } — e mais { $n } como este neste arquivo, não listados

## pack.ron
chk-version-empty = a versão está vazia; informe uma, como "1.0.0", e aumente-a a cada nova publicação
chk-no-languages = liste pelo menos um idioma, como ["en", "es", "pt"]; o primeiro é usado quando falta uma tradução
chk-bad-language = "{ $lang }" não é um código de idioma; use códigos como "en", "es", "pt" ou "pt-BR"
chk-language-twice = o idioma "{ $lang }" aparece duas vezes na lista; deixe só uma ocorrência
chk-no-authors = indique pelo menos um autor, para que os participantes saibam de quem é este material
chk-licence-empty = a licença está vazia; diga como outras pessoas podem usar o pacote, p. ex., "CC BY 4.0"

## Módulos
chk-minutes-zero = os minutos devem ser pelo menos 1: estime de quanto tempo um participante precisa
chk-minutes-long = { $minutes } minutos é muito tempo para um só módulo; divida-o para que os participantes consigam concluir um módulo de uma só vez
chk-prerequisite-unknown = o pré-requisito "{ $id }" não é um módulo deste pacote{ $hint }
chk-prerequisite-twice = o pré-requisito "{ $id }" aparece duas vezes na lista
chk-prerequisite-cycle = ciclo de pré-requisitos: { $cycle }; um módulo não pode exigir a si mesmo, nem por meio de outros — remova um desses pré-requisitos
chk-no-objectives = nenhum objetivo: liste o que o participante será capaz de fazer depois deste módulo
chk-no-steps = o módulo não tem passos: adicione lições e exercícios

## Exercícios
chk-single-none-correct = nenhuma opção está marcada como correta: adicione `correct: true` à resposta certa
chk-single-many-correct = { $count } opções estão marcadas como corretas ({ $options }), mas um exercício SingleChoice tem exatamente uma resposta certa; marque só uma ou transforme-o em MultipleChoice
chk-multiple-none-correct = nenhuma opção está marcada como correta: adicione `correct: true` a cada resposta certa
chk-multiple-all-correct = todas as opções estão corretas, então não há como errar o exercício; adicione uma opção errada
chk-too-few-options = um exercício de escolha precisa de pelo menos duas opções
chk-repeated-text = este texto repete o de { $what } nº { $first } ("{ $text }"); cada um deve ser diferente
chk-too-few-items = um exercício de ordenação precisa de pelo menos dois itens, listados na ordem certa
chk-too-few-pairs = um exercício de associação precisa de pelo menos dois pares
chk-answer-not-finite = a resposta deve ser um número finito
chk-tolerance-negative = a tolerância { $tolerance } é negativa; use 0 para uma resposta exata ou indique a que distância da resposta um valor ainda conta como certo
chk-tolerance-not-finite = a tolerância deve ser um número finito; use 0 para exigir a resposta exata, ou quanto ela pode se afastar da resposta e ainda contar como certa
chk-value-not-finite = o valor deve ser um número finito
chk-mistake-within-tolerance = { $value } está dentro da tolerância da resposta { $answer }, então seria considerado certo; remova este erro previsto ou corrija o valor

## Datas e prazos
chk-period-zero = o prazo é zero: informe `months`, `days` ou ambos, p. ex., (months: 12)
chk-date-mistake-is-answer = { $date } é a resposta correta ({ $start } + { $period }), e não um erro previsto; remova-o ou corrija a data
chk-date-form = "{ $text }" não é uma data no formato YYYY-MM-DD (por exemplo, "2025-08-15")
chk-date-unreal = "{ $text }" não é uma data real do calendário; verifique o mês e o dia
chk-date-too-far = { $start } mais { $period } passa do ano 9999
chk-period-months = { $months ->
        [0] { $months } meses
        [one] { $months } mês
       *[other] { $months } meses
    }
chk-period-days = { $days ->
        [0] { $days } dias
        [one] { $days } dia
       *[other] { $days } dias
    }
chk-period-both = { $months } e { $days }

## Casos
chk-no-nodes = o caso não tem nós: adicione as situações pelas quais os participantes passam
chk-start-unknown = o nó inicial "{ $id }" não é um dos nós deste caso{ $hint }
chk-dead-end = o nó "{ $id }" é um beco sem saída: dê a ele escolhas ou um `outcome` (Success, Partial ou Failure) para torná-lo um desfecho
chk-choices-and-outcome = o nó "{ $id }" tem ao mesmo tempo escolhas e um resultado; um desfecho tem resultado e nenhuma escolha
chk-choice-next-unknown = esta escolha leva a "{ $id }", que não é um nó deste caso{ $hint }
chk-unreachable = o nó "{ $id }" nunca pode ser alcançado a partir do nó inicial "{ $start }"; faça uma escolha levar até ele ou remova-o
chk-no-way-out = a partir do nó "{ $id }", nenhum caminho leva a um desfecho, então os participantes ficariam andando em círculos para sempre; faça uma escolha levar a um nó com resultado (`outcome`)
chk-no-success = nenhum desfecho tem `outcome: Success`, então nenhum participante consegue se sair bem neste caso
chk-grade-missing = a escolha "{ $id }" não tem avaliação, embora outras escolhas deste caso tenham; adicione `grade: Good`, `Acceptable` ou `Poor`

## Pistas no gabarito (todo o pacote)
chk-tell-place = a opção correta é a opção { $place } em { $count } de { $total } exercícios de escolha única (o acaso daria cerca de { $expected }), então dá para passar pela posição; coloque a opção correta em outro lugar em alguns de: { $exercises }
chk-tell-longest = em { $lang }, a opção correta é a mais longa em { $count } de { $total } exercícios de escolha única (o acaso daria cerca de { $expected }), então dá para passar pelo tamanho; deixe as opções erradas tão completas e específicas quanto a correta, ou a correta mais curta, em alguns de: { $exercises }
chk-tell-mostly-false = o gabarito de verdadeiro/falso está desequilibrado: { $trues } verdadeiras e { $falses } falsas, então responder "falso" acerta a maioria; reformule algumas afirmações para que sejam verdadeiras: { $exercises }
chk-tell-mostly-true = o gabarito de verdadeiro/falso está desequilibrado: { $trues } verdadeiras e { $falses } falsas, então responder "verdadeiro" acerta a maioria; reformule algumas afirmações para que sejam falsas: { $exercises }

## Listas de verificação
chk-too-few-levels = uma escala precisa de pelo menos dois níveis, p. ex., 0 = não, 1 = em parte, 2 = sim
chk-scale-not-increasing = os valores da escala devem ser crescentes: { $value } vem depois de { $previous }; liste os níveis do mais baixo para o mais alto
chk-scale-gap = lacuna na escala: depois de { $previous } vem { $value }; use valores consecutivos
chk-no-dimensions = a lista de verificação não tem dimensões: adicione pelo menos uma, com itens a avaliar
chk-dimension-empty = a dimensão "{ $id }" não tem itens a avaliar
chk-weight = o peso { $weight } deve ser maior que 0; em vez de dar peso 0, remova a entrada
chk-weight-range = o peso { $weight } está fora do intervalo: os pesos vão de { $min } a { $max }; só as proporções contam, então reduza ou aumente todos os pesos desta lista juntos
chk-no-bands = a lista de verificação não tem faixas de pontuação: adicione faixas que cubram as notas de 0 a 100, cada uma com uma recomendação
chk-band-module-unknown = a faixa aponta para o módulo "{ $id }", que não está neste pacote{ $hint }
chk-band-max = max é { $max }, mas as notas vão de 0 a 100
chk-band-min-above-max = min { $min } é maior que max { $max }; uma faixa vai de min a max, ambos incluídos
chk-band-gap = as notas { $from }–{ $to } não caem em nenhuma faixa; comece esta faixa em { $from } ou adicione uma faixa para elas
chk-band-overlap = esta faixa se sobrepõe à faixa "{ $id }" nas notas { $from }–{ $to }; cada nota deve cair em exatamente uma faixa
chk-band-top = as notas { $from }–100 não caem em nenhuma faixa; a faixa mais alta deve terminar em 100

## Critérios eliminatórios, níveis e casos resolvidos nas listas de verificação
chk-kind-gate = critério eliminatório
chk-kind-level = nível
chk-kind-case = caso
chk-field-level-title = título do nível
chk-item-unknown = { $what }: "{ $id }" não é um item desta lista de verificação; use o identificador de um item de `dimensions`{ $hint }
chk-band-unknown = { $what }: "{ $id }" não é uma faixa desta lista de verificação; use o identificador de uma faixa de `bands`{ $hint }
chk-rating-off-scale = { $value } não é um valor da escala ({ $min }–{ $max }); use um dos valores da escala
chk-gate-no-ratings = `ratings` está vazio, então o critério nunca é acionado; liste as respostas que interrompem a recomendação ou omita `ratings` para usar o menor valor da escala
chk-gate-cap-top = o critério limita o resultado a "{ $id }", a faixa mais alta, então nunca rebaixa a recomendação; limite-o à faixa que ninguém deve ultrapassar enquanto essa resposta valer
chk-level-not-increasing = os valores dos níveis devem aumentar: { $value } vem depois de { $previous }; liste os níveis do menor para o maior
chk-level-band-lower = o nível { $value } dá a faixa "{ $band }", inferior à faixa "{ $previous_band }" do nível { $previous }; um nível mais alto nunca deveria dar uma recomendação mais fraca
chk-level-empty = o nível { $value } não lista itens; indique os itens que precisam ser todos cumpridos para alcançá-lo
chk-level-overlap = o item "{ $id }" já é exigido pelo nível { $other }; os níveis se apoiam uns nos outros, então escreva cada item uma só vez, no nível mais baixo que precisar dele
chk-no-not-applicable = a escala não oferece a resposta "não se aplica"; acrescente `not_applicable` à escala ou remova esta entrada
chk-level-na-not-listed = "{ $id }" não é um dos itens do nível { $value }; `not_applicable` só pode nomear itens que o nível lista
chk-case-rated-twice = "{ $id }" está avaliado em `answers` e também marcado como não se aplica; mantenha só um
chk-case-no-expectation = o caso "{ $id }" não espera nada; indique a faixa (`band`), o nível (`level`), os critérios (`gates`) ou os níveis de dimensão (`dimension_levels`) que ele deve dar
chk-case-no-levels = o caso espera um nível, mas a lista de verificação não tem `levels`; espere uma faixa (`band`)
chk-case-level-unknown = a lista de verificação não tem nível { $value }; espere um dos valores de `levels`
chk-case-gate-unknown = "{ $id }" não é um critério eliminatório desta lista de verificação{ $hint }
chk-case-wrong-band = o caso "{ $id }" dá a faixa "{ $got }" (nota { $score }), mas espera "{ $expected }"; corrija a lista de verificação (pesos, faixas, critérios, níveis) ou o caso
chk-case-no-band = o caso "{ $id }" não dá nenhuma faixa porque { $missing ->
        [0] faltam { $missing } respostas
        [one] falta { $missing } resposta
       *[other] faltam { $missing } respostas
    }, mas espera "{ $expected }"; avalie mais itens em `answers` ou use `others`
chk-case-wrong-level = o caso "{ $id }" alcança o nível { $got }, mas espera o nível { $expected }; corrija os níveis ou o caso
chk-case-wrong-gates = o caso "{ $id }" aciona os critérios { $got }, mas espera { $expected }; corrija os critérios ou o caso
chk-dim-level-item-other = "{ $id }" é um item da dimensão "{ $other }", não de "{ $dimension }"; os níveis de uma dimensão só podem nomear os próprios itens
chk-dim-level-item-unknown = "{ $id }" não é um item da dimensão "{ $dimension }"; os níveis de uma dimensão só podem nomear os próprios itens{ $hint }
chk-case-dimension-unknown = "{ $id }" não é uma dimensão desta lista de verificação{ $hint }
chk-case-dimension-no-levels = a dimensão "{ $id }" não tem `levels`; espere um nível só de uma dimensão que os tenha
chk-case-dimension-level-unknown = a dimensão "{ $dimension }" não tem o nível { $value }; espere um dos valores dos seus `levels`
chk-case-wrong-dimension-level = o caso "{ $id }" leva a dimensão "{ $dimension }" ao nível { $got }, mas espera o nível { $expected }; corrija os níveis dessa dimensão ou o caso

## Glossário
chk-see-also-unknown = "ver também" (`see_also`) cita o termo "{ $id }", que o glossário não define{ $hint }
chk-see-also-self = um termo remete a si mesmo em `see_also`; remova essa referência

## Arquivos e pastas
chk-no-manifest = esta pasta não tem pack.ron: a pasta de um pacote contém pack.ron, modules/ e checklists/ (veja docs/content-format.md)
chk-no-modules = o pacote não tem módulos nem listas de verificação: adicione modules/*.ron ou checklists/*.ron
chk-stray-not-ron = não é um arquivo .ron, então não é lido; os arquivos de conteúdo terminam em .ron
chk-stray-other = este arquivo não faz parte do formato de pacote e não é lido
chk-stray-ron = este arquivo .ron não é lido: os módulos ficam em modules/, as listas de verificação em checklists/ e os termos em glossary.ron
chk-holds-pack = um Pack(…)
chk-holds-glossary = um Glossary(terms: […])
chk-holds-module = um Module(…)
chk-holds-checklist = um Checklist(…)
chk-file-too-big = o arquivo tem { $size } MB; um arquivo de conteúdo pode ter no máximo { $max } MB — divida-o em vários módulos ou verifique se é o arquivo certo
chk-pack-too-big = os arquivos do pacote somam mais de { $max } MB (a leitura parou em { $file }); um pacote é lido inteiro na memória, então mantenha-o menor: tire dele os arquivos de mídia, divida-o em vários pacotes ou verifique se é a pasta certa
chk-pack-too-many-files = o pacote tem mais de { $max } arquivos (a leitura parou em { $file }); divida-o em vários pacotes ou verifique se é a pasta certa
chk-binary = parece um arquivo binário, e não texto RON (contém um byte zero); é o arquivo certo?
chk-not-utf8 = o arquivo não é texto UTF-8 (há um byte inválido aqui); salve-o como UTF-8 no seu editor
chk-file-empty = o arquivo está vazio; ele deveria conter { $expected }
chk-format-unsupported = formato de conteúdo { $written } não suportado: esta versão do Puente lê o formato { $format } — use um Puente que leia o formato { $written } ou escreva o pacote no formato { $format } (docs/content-format.md)
chk-cannot-open-folder = não é possível abrir esta pasta de pacote: { $error }; verifique o caminho
chk-not-a-folder = isto é um arquivo; `puente check` recebe a pasta de um pacote (a pasta que contém pack.ron, modules/ e checklists/) ou um arquivo de pacote feito com `puente pack` (.puente-pack)
chk-cannot-read-folder = não é possível ler esta pasta: { $error }
chk-cannot-read-file = não é possível ler este arquivo: { $error }
chk-pack-file-too-big = este arquivo de pacote tem { $size } MB; um arquivo de pacote pode ter no máximo { $max } MB — verifique se é o arquivo certo ou compartilhe a pasta do pacote
chk-pack-file-damaged = este não é um arquivo de pacote legível ({ $error }) — pode estar danificado ou incompleto; copie-o de novo ou refaça-o com `puente pack PASTA --out ARQUIVO.puente-pack`
chk-pack-file-too-many = este arquivo de pacote contém { $count } entradas; um arquivo de pacote pode conter no máximo { $max } — verifique se é o arquivo certo
chk-pack-file-total-too-big = este arquivo de pacote passa de { $max } MB ao ser descompactado e não foi aberto — nenhum pacote é tão grande; verifique de onde veio o arquivo
chk-pack-entry-unsafe-name = o nome desta entrada aponta para fora do pacote (um caminho absoluto, `..`, uma unidade ou uma barra invertida) e foi deixada de fora — refaça o arquivo com `puente pack`
chk-pack-entry-link = esta entrada é um link, não um arquivo, e foi deixada de fora — um arquivo de pacote contém apenas arquivos; refaça-o com `puente pack`
chk-pack-entry-unreadable = esta entrada não pode ser lida ({ $error }) e foi deixada de fora — refaça o arquivo com `puente pack`, que usa apenas o método deflate
chk-not-regular-file = isto é { $kind ->
    [folder] uma pasta
    [fifo] um pipe nomeado (FIFO)
    [device] um dispositivo
    [socket] um socket
   *[other] um arquivo especial
  }, não um arquivo comum, então não foi lido; coloque aqui o próprio arquivo

## Sintaxe RON
chk-cut-short = { $message }; além disso, o arquivo termina com colchetes ou parênteses ainda abertos — ele foi cortado?
chk-ron-eof = o arquivo termina cedo demais: falta fechar um colchete, um parêntese ou aspas, ou o arquivo foi cortado
chk-ron-comma = esperava-se uma vírgula `,` entre dois valores
chk-ron-inside = {" "}em { $what }
chk-ron-did-you-mean = {" "}você quis dizer `{ $name }`?
chk-ron-unknown-field = campo desconhecido `{ $found }`{ $inside };{ $hint } os campos permitidos aqui são { $allowed }
chk-ron-missing-field = falta o campo `{ $field }`{ $inside }; adicione-o (docs/content-format.md lista todos os campos)
chk-ron-duplicate-field = o campo `{ $field }` aparece duas vezes{ $inside }; mantenha só um
chk-ron-unknown-variant = { $what } desconhecido: `{ $found }`;{ $hint } esperava-se um destes: { $allowed }
chk-ron-what-step-kind = tipo de passo
chk-ron-what-outcome = resultado
chk-ron-what-name = nome
chk-ron-wrong-struct = este arquivo deveria conter { $expected }, e não `{ $found }(…)`
chk-ron-invalid-value = esperava-se { $expected }, mas foi encontrado { $found }
chk-ron-string = esperava-se um texto entre aspas duplas
chk-ron-integer = esperava-se um número inteiro (0 ou mais, sem casas decimais)
chk-ron-float = esperava-se um número
chk-ron-bool = esperava-se `true` ou `false`
chk-ron-array = esperava-se uma lista entre colchetes `[…]`
chk-ron-array-end = esperava-se `,` ou o colchete `]` que fecha a lista
chk-ron-map = esperava-se um mapa entre chaves `{ "{" }…{ "}" }`
chk-ron-map-end = esperava-se `,` ou a chave `{ "}" }` que fecha o mapa
chk-ron-map-colon = esperava-se `:` entre uma chave e o seu valor
chk-ron-paren = esperava-se um parêntese de abertura `(`
chk-ron-paren-end = esperava-se `,` ou o parêntese de fechamento `)`
chk-ron-identifier = esperava-se um nome de campo
chk-ron-too-deep = os valores estão aninhados em níveis demais; um conteúdo nunca precisa de mais do que alguns níveis — é o arquivo certo?
chk-ron-trailing = há texto inesperado depois do fim do valor do arquivo; um arquivo contém apenas { $expected }
chk-ron-unexpected-char = caractere inesperado { $char }
chk-ron-unclosed-comment = um comentário /* nunca é fechado com */

## As partes de um arquivo, como as mensagens de sintaxe as chamam
chk-noun-option = uma opção
chk-noun-ordering-item = um item de ordenação
chk-noun-matching-pair = um par de associação
chk-noun-mistake = um erro previsto
chk-noun-scenario-node = um nó do caso
chk-noun-scenario-choice = uma escolha do caso
chk-noun-scale-level = um nível da escala
chk-noun-checklist-item = um item da lista de verificação
chk-noun-glossary-term = um termo do glossário
chk-noun-gate = um critério eliminatório
chk-noun-level = um nível
chk-noun-case = um caso resolvido

## Fontes e datas de revisão
chk-kind-source = fonte
chk-scope-sources = nestas fontes
chk-link-source = cita a fonte "{ $id }", que não está entre as fontes deste módulo ou checklist{ $hint }
chk-review-missing = sem data de revisão: acrescente `reviewed: "AAAA-MM-DD"`, o dia em que um autor o conferiu pela última vez com as fontes
chk-review-date = "{ $value }" não é uma data: escreva-a como AAAA-MM-DD, por exemplo "2026-11-27"
chk-review-stale = revisado pela última vez em { $date }, há mais de { $months } meses: confira-o com as fontes e atualize `reviewed`
chk-date-future = { $date } está no futuro: escreva o dia em que de fato aconteceu
chk-sources-missing = sem fontes: liste em `sources` as leis, tratados ou guias em que se baseia, textos primários onde existirem
chk-source-field-empty = o campo `{ $field }` da fonte está vazio
chk-source-url = "{ $url }" não é um endereço web: o `url` de uma fonte começa com http:// ou https://
chk-source-unlocated = a fonte não tem `url` nem `citation`: informe um para que o leitor possa encontrá-la
chk-source-consulted = "{ $value }" não é uma data: escreva o dia em que leu a fonte como AAAA-MM-DD, ou AAAA-MM se souber só o mês

## Conversão de Moodle GIFT
chk-gift-braces = as respostas da pergunta não estão entre uma {"{"} e uma {"}"}: acrescente a chave que falta, ou escreva uma chave que faz parte do texto como \{"{"} ou \{"}"}
chk-gift-too-few = uma pergunta com opções precisa de pelo menos { $n } respostas
chk-gift-matching = a resposta de associação "{ $answer }" não tem "->" entre o item e seu par
chk-gift-number = "{ $value }" não é um número
chk-gift-no-number = uma pergunta numérica sem nenhum número a aceitar
chk-gift-short-answer = uma pergunta de resposta curta: o Puente não pontua palavras digitadas, então ela virou uma reflexão (sem pontuação) com as respostas aceitas como resposta modelo
chk-gift-partial = o crédito parcial ({ $weight }%) de "{ $answer }" não tem equivalente no Puente: conta como errada
chk-gift-extra-match = a resposta extra "{ $answer }", que não pertence a nenhum item, foi deixada de fora: a associação do Puente não tem distratores
chk-gift-other-feedback = o feedback para qualquer outro número foi deixado de fora: o Puente mostra a explicação a toda resposta
chk-gift-lesson-title = Leitura { $n }
chk-gift-accepted = Respostas aceitas: { $answers }
chk-gift-reflection-explanation = Compare sua resposta com a resposta modelo, se houver, e com as lições.
chk-gift-answer-is = A resposta: { $answer }.
chk-gift-true = verdadeiro
chk-gift-false = falso
chk-gift-summary = Perguntas convertidas de { $file }: { $n }.
chk-unreadable-module = as referências ao módulo "{ $id }" em outros arquivos não são verificadas até que este arquivo possa ser lido
chk-unreadable-glossary = os links para termos do glossário não são verificados até que este arquivo possa ser lido

## O percurso do curso (seções em pack.ron)
chk-kind-section = seção
chk-scope-sections = nestas seções
chk-field-section-title = título da seção
chk-section-empty = a seção "{ $section }" não inclui nenhum módulo; acrescente os identificadores dos seus módulos ou remova-a
chk-section-module-unknown = a seção cita o módulo "{ $id }", que não é um módulo deste pacote{ $hint }
chk-section-module-twice = o módulo "{ $id }" já está na seção "{ $section }"; um módulo pertence a uma só seção — remova-o de uma delas
chk-section-module-missing = o módulo "{ $id }" não está em nenhuma seção, então a tela inicial o mostra à parte, em "Outros módulos"; acrescente o identificador dele aos `modules` de uma seção
