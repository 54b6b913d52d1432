# A interface do Puente em português. Todos os arquivos de
# assets/i18n/<lang>/ têm os mesmos identificadores; um teste confere.

## Perfis
tagline = Propriedade intelectual e transferência de tecnologia nas ciências da vida
who-is-learning = Quem vai aprender?
create-your-profile = Crie seu perfil
new-profile = Novo perfil
profile-privacy = Seu progresso fica salvo neste computador com este nome. Nada é enviado para lugar nenhum.
your-name = Seu nome
name-example = p. ex., Ana Martins
language = Idioma
create-profile = Criar perfil
name-missing = Escreva primeiro o seu nome.
name-too-long = Esse nome tem mais de 80 caracteres; encurte-o.

## Início
switch-profile = Trocar de perfil
continue-where-stopped = Continuar de onde parou: { $module } — { $step }
kind-question = Pergunta
kind-true-false = Verdadeiro ou falso
kind-ordering = Ordenar
kind-matching = Associar
kind-numeric = Calcular
kind-date = Prazo
kind-scenario = Caso
kind-reflection = Reflexão
module-meta = { $minutes } min · { $lessons ->
        [0] { $lessons } lições
        [one] { $lessons } lição
       *[other] { $lessons } lições
    } · { $exercises ->
        [0] { $exercises } exercícios
        [one] { $exercises } exercício
       *[other] { $exercises } exercícios
    }
not-done-yet = (ainda não)
best-after = Melhor depois de: { $modules }
steps-done = { $done } de { $total } passos
status-completed-score = Concluído · nota { $score }%
status-completed = Concluído
status-score-so-far = Nota até agora { $score }% · { $answered } de { $scored } perguntas respondidas
status-in-progress = Em andamento
status-not-started = Não iniciado
self-assessments = Autoavaliações
checklist-meta = { $dimensions } dimensões · { $items } itens
content-packs = Pacotes de conteúdo
pack-line = { $title } — versão { $version } · { $licence } · { $root }
choose-folder-in-dialog = Escolha uma pasta na janela…
open-content-pack = Abrir um pacote de conteúdo…
or-type-folder = ou digite a pasta:
open-folder = Abrir pasta
content-problems = Problemas no conteúdo: { $errors ->
        [0] { $errors } erros
        [one] { $errors } erro
       *[other] { $errors } erros
    }, { $warnings ->
        [0] { $warnings } avisos
        [one] { $warnings } aviso
       *[other] { $warnings } avisos
    }
run-score = nota { $score }
run-answered = { $answered } de { $items } respondidos
continue = Continuar
continue-run = Continuar: { $name }
results = Resultados
results-run = Resultados: { $name }
what-are-you-assessing = O que você vai avaliar?
assessment-example = Um nome para encontrar esta avaliação depois
start-assessment = Começar a avaliação

## Módulo
home = ← Início
back = ← Voltar
next = Próximo →
finish-module = Concluir o módulo
step-of = Passo { $n } de { $total }
close = Fechar
term-not-in-glossary = “{ $term }” não está no glossário.
choose-every-option = Escolha todas as opções que se aplicam.
true = Verdadeiro
false = Falso
ordering-help = Use as setas para ordenar os itens, o primeiro em cima.
move-up = Subir: { $item }
move-down = Descer: { $item }
right-order = A ordem certa
choose = Escolha…
match-for = Par de: { $item }
right-answer-is = Certo: { $answer }
your-answer = Sua resposta
not-a-number = Isso ainda não é um número.
number-read-as = Lido como { $value }
numeric-answer-is = A resposta é { $answer }.
your-date = Sua data
date-hint = DD/MM/AAAA
not-a-date = Escreva uma data como 31/01/1999 ou 1999-01-31.
last-day-is = O último dia é { $date }.
you-chose = Você escolheu: { $choice }
outcome-success = O melhor desfecho.
outcome-partial = Um resultado parcial: algo foi salvo, algo se perdeu.
outcome-failure = Um resultado ruim.
grade-good = Boa decisão
grade-acceptable = Decisão aceitável
grade-poor = Decisão ruim
scenario-moves = Suas decisões — boas: { $good } · aceitáveis: { $acceptable } · ruins: { $poor }. Pontuação deste caso: { $score } %.
your-reflection = Sua reflexão (não vale nota; fica neste computador, a menos que você decida compartilhá-la ao exportar seu progresso)
save-reflection = Salvar a reflexão
saved = Salvo
model-answer = Uma resposta possível
check-answer = Verificar resposta
exercise-keys-choice = Teclas: um número escolhe uma opção · Enter confere e outro Enter avança · ← → outras etapas · Esc início
exercise-keys = Teclas: Enter confere e outro Enter avança · ← → outras etapas · Esc início
scenario-keys = Teclas: um número escolhe essa opção na hora · ← → outras etapas · Esc início
why = Por quê
try-again = Tentar de novo
verdict-right = ✔ Certo
verdict-partly = Parcialmente certo: { $score }%
verdict-wrong = ✘ Não exatamente
mark-right = Certo
mark-wrong = Errado

## Resumo
module-finished = Módulo concluído
module-score = Nota: { $score }%
scored-answered = { $answered } de { $scored } exercícios avaliados respondidos.
no-scored-exercises = Este módulo não tem exercícios avaliados.
what-next = E agora
review-missed = Revisar as perguntas que errou
next-module = Próximo módulo: { $module }
save-certificate = Salvar um certificado…
back-to-home = Voltar ao início

## Autoavaliações
previous-dimension = ← Dimensão anterior
dimension-of = Dimensão { $n } de { $total }
see-results = Ver resultados
next-dimension = Próxima dimensão →
note-hint = Nota (opcional): evidência, a quem perguntar, próximo passo
note-on = Nota sobre: { $item }
change-answers = Alterar respostas
started-on = Iniciada em { $date }
assessment-score = Nota: { $score } / 100
open-module = Abrir o módulo: { $module }
too-few-answers = Ainda há poucas respostas para dar uma nota
too-few-answers-detail = Responda pelo menos metade dos itens de cada dimensão: { $missing ->
        [0] faltam { $missing } respostas
        [one] falta { $missing } resposta
       *[other] faltam { $missing } respostas
    }. Uma nota baseada em poucas respostas enganaria.
nothing-applies = Nada a avaliar: todos os itens estão marcados como não aplicáveis.
run-knock-out = resposta eliminatória: veja primeiro os resultados
gates-heading = Antes de tudo
gate-capped = Por causa desta resposta, o resultado é no máximo “{ $band }”, qualquer que seja a nota.
level-reached = Nível alcançado: { $level }
level-none = Nenhum nível alcançado ainda
next-level-plan = Para alcançar “{ $level }”, conclua:
assess-pack-errors = o pacote tem erros, então suas listas de verificação não podem ser pontuadas; execute `puente check` nele e corrija-os
assess-unknown-checklist = não existe a lista de verificação "{ $id }"; as listas são: { $known }
assess-cannot-read = não é possível ler { $file }: { $error }
assess-bad-json = { $file } não é um JSON válido (linha { $line }, coluna { $column }): { $error }; escreva um objeto como {"{"}"item-id": 2, "other-item": "na"{"}"}
assess-not-object = { $file } deve conter um objeto JSON de respostas, como {"{"}"item-id": 2, "other-item": "na"{"}"}; `puente assess CHECKLIST_ID --template` lista os itens
assess-unknown-item = "{ $id }" não é um item da lista de verificação "{ $checklist }"{ $hint }; `--template` lista os itens
assess-did-you-mean = {" "}(você quis dizer "{ $id }"?)
assess-off-scale = "{ $id }": { $value } não é uma resposta que este item aceita; use uma de { $allowed }
assess-gates = Antes de tudo:
assess-score = Nota: { $score } / 100
assess-too-few = Poucas respostas para pontuar: { $missing ->
    [0] faltam { $missing } respostas
    [one] falta { $missing } resposta
   *[other] faltam { $missing } respostas
}.
assess-no-level = nenhum ainda
assess-level = Nível: { $level }
assess-band = Resultado: { $band } ({ $id })
assess-plan = Plano: para o próximo nível, conclua
assess-dimension-levels = Níveis por dimensão:
dimension-levels = Níveis por dimensão
dimension = Dimensão
score = Nota
answered = Respondidos
answered-of = { $answered } de { $items }
answered-of-na = { $answered } de { $items } ({ $na } não se aplica)
your-notes = Suas notas
export = Exportar
save-pdf-report = Salvar o relatório em PDF…
save-csv = Salvar as respostas em CSV…
score-by-dimension = Nota por dimensão
band-lines = Linhas tracejadas: onde começa cada faixa.
history = Histórico
overall = Total

## Mensagens e avisos
pack-not-opened = Não foi possível abrir o pacote: { $errors ->
        [0] { $errors } erros
        [one] { $errors } erro
       *[other] { $errors } erros
    }. Os problemas estão listados na tela inicial, em “Problemas no conteúdo”.
pack-has-errors = “{ $title }” ({ $root }) tem { $errors ->
        [0] { $errors } erros
        [one] { $errors } erro
       *[other] { $errors } erros
    } e não foi aberto; os problemas estão listados na tela inicial, em “Problemas no conteúdo”. O autor pode verificá-lo com `puente check`.
pack-opened = “{ $title }” aberto (versão { $version }): { $modules ->
        [0] { $modules } módulos
        [one] { $modules } módulo
       *[other] { $modules } módulos
    }, { $checklists ->
        [0] { $checklists } autoavaliações
        [one] { $checklists } autoavaliação
       *[other] { $checklists } autoavaliações
    }.
pack-opened-warnings = “{ $title }” aberto (versão { $version }): { $modules ->
        [0] { $modules } módulos
        [one] { $modules } módulo
       *[other] { $modules } módulos
    }, { $checklists ->
        [0] { $checklists } autoavaliações
        [one] { $checklists } autoavaliação
       *[other] { $checklists } autoavaliações
    }, { $warnings ->
        [0] { $warnings } avisos
        [one] { $warnings } aviso
       *[other] { $warnings } avisos
    }.
pack-replaces = { $summary } Substitui a versão { $old }.
data-folder-unusable = O Puente não consegue usar a pasta de dados, então o progresso não será salvo: { $error }. Inicie o Puente com --data-dir PASTA para usar outra pasta.
profile-not-created = Não foi possível criar o perfil: { $error }
profile-stays-open = Ainda há respostas não salvas, então o perfil continua aberto; veja o aviso no alto.
language-not-saved = Não foi possível salvar o idioma: { $error }
display-not-saved = Não foi possível salvar o tamanho do texto e o tema: { $error }
saving-pdf = Salvando o relatório em PDF…
saving-csv = Salvando as respostas…
saving-certificate = Salvando o certificado…
file-not-made = Não foi possível gerar o arquivo: { $error }
file-not-written = Não foi possível gravar { $path }: { $error }
file-saved = { $path } salvo.
open-pack-dialog-title = Abrir a pasta de um pacote de conteúdo
open-pack-file = Abrir um arquivo de pacote (.puente-pack)…
open-pack-file-dialog-title = Abrir um pacote de conteúdo em um só arquivo
pack-file-kind = Pacote de conteúdo do Puente
write-read-only = Não é possível gravar na sua pasta de dados (ela é somente leitura).
write-full = O disco está cheio.
write-in-use = Este perfil está aberto em outra janela do Puente.
write-other = Não foi possível salvar as suas respostas.
pending-answers = { $count ->
        [0] { $count } respostas estão guardadas
        [one] { $count } resposta está guardada
       *[other] { $count } respostas estão guardadas
    } na memória e serão salvas assim que possível; mantenha o Puente aberto. O Puente tenta de novo a cada poucos segundos.
try-saving-now = Tentar salvar agora
dismiss = Fechar avisos
answers-not-saved = Respostas não salvas
answers-not-saved-detail = { $count ->
        [0] { $count } respostas ainda não puderam ser salvas.
        [one] { $count } resposta ainda não pôde ser salva.
       *[other] { $count } respostas ainda não puderam ser salvas.
    } Se você fechar o Puente agora, elas serão perdidas. Libere espaço no disco ou permita gravar na pasta de dados e tente de novo.
keep-open = Manter o Puente aberto
close-and-lose = Fechar e perdê-las
content-fallback = Este conteúdo não está disponível em { $language }, então é mostrado em { $fallback }.

## Configurações
settings = Configurações
text-size = Tamanho do texto
text-size-keys = Ctrl + e Ctrl − mudam o tamanho do texto em qualquer tela.
theme = Tema
theme-light = Claro
theme-dark = Escuro
theme-high-contrast = Alto contraste
data-folder = Pasta de dados
open-data-folder = Abrir a pasta
about = Sobre
about-version = Puente { $version }
about-pack = { $title }, versão { $version } — { $licence }
about-licences = O Puente é software livre (MIT ou Apache-2.0). Fontes: DejaVu Sans (licença Bitstream Vera).
about-offline = O Puente funciona sem rede e não envia nada a lugar nenhum.

## O que o armazenamento diz ao usuário
notice-torn = A última resposta que estava sendo salva em { $path } ficou cortada (o Puente parou enquanto salvava) e foi descartada.
notice-torn-kept = A última resposta que estava sendo salva em { $path } ficou cortada (o Puente parou enquanto salvava) e foi descartada. Os bytes estão guardados em { $kept }.
notice-set-aside = { $path } tinha { $unreadable } linha(s) ilegíveis. O original está guardado como { $aside }; as { $kept } entradas legíveis estão em uso.
notice-newer-events = { $count ->
        [0] { $count } entradas de { $path } foram gravadas por um Puente mais novo; estão guardadas, mas não aparecem. Atualize o Puente para vê-las.
        [one] { $count } entrada de { $path } foi gravada por um Puente mais novo; está guardada, mas não aparece. Atualize o Puente para vê-la.
       *[other] { $count } entradas de { $path } foram gravadas por um Puente mais novo; estão guardadas, mas não aparecem. Atualize o Puente para vê-las.
    }
notice-foreign-lines = { $count } linha(s) ilegíveis de { $path } (gravado em outro aparelho) foram ignoradas; o arquivo fica como está.
notice-journal-unreadable = Não é possível ler { $path } (gravado em outro aparelho): { $detail }. Os eventos dele não são mostrados; o arquivo fica como está.
notice-restored = Não foi possível ler { $path }, que foi restaurado da cópia de segurança; o arquivo danificado está guardado como { $aside }.
notice-profile-rebuilt = { $path } estava faltando ou não pôde ser lido, então o perfil foi refeito a partir das respostas salvas; se o nome não pôde ser lido, um código curto o substitui.
notice-profile-rebuilt-aside = Não foi possível ler { $path }, então o perfil foi refeito a partir das respostas salvas; se o nome não pôde ser lido, um código curto o substitui. O arquivo danificado está guardado como { $aside }.
notice-profile-unreadable = Não é possível abrir o perfil em { $path }: { $detail }
notice-temporary-device = Não foi possível gravar { $path }, então esta sessão usa um identificador de aparelho temporário.
error-locked = Este perfil está aberto em outra janela do Puente; feche-o lá primeiro.
error-newer-format = { $path } foi gravado por um Puente mais novo (formato { $found }); atualize o Puente para abri-lo.
error-unreadable = Não é possível ler { $path }: { $detail }
error-io = { $path }: { $detail }
error-own-journal = Não é possível ler { $path }: { $detail }. Este perfil não é aberto, então nada do que ele contém se perde. Se o arquivo pertencer a outro usuário deste computador, peça a quem o administra que lhe dê acesso, ou abra o Puente como esse usuário.
error-encode = { $path } não foi gravado: o Puente não conseguiu converter o que salvava para o formato do arquivo. O arquivo ficou como estava.
error-no-data-folder = Nenhuma pasta pessoal foi encontrada para este usuário; inicie o Puente com --data-dir PASTA.
io-not-found = não existe
io-permission = o Puente não tem permissão para usá-lo
io-read-only = está num disco ou pasta somente leitura
io-full = o disco está cheio
io-invalid = não é um arquivo que o Puente consiga ler (uma pasta, um dispositivo ou algo grande demais)
io-cancelled = foi cancelado
io-other = o sistema recusou (erro { $code })
io-unexpected = o sistema recusou
detail-not-json = não é JSON válido (linha { $line }, coluna { $column })
detail-not-a-profile = não contém um perfil que esta versão do Puente consiga ler
detail-profile-missing = falta o arquivo do perfil
detail-profile-copy = é uma cópia do perfil de { $name } (id { $id }), que está em { $original }; só esse é lido. Tire a cópia da pasta de perfis, ou apague-a
detail-profile-folder-name = a pasta do perfil de { $name } deve ter o nome do seu id; renomeie-a para { $wanted }
skip-too-deep = é uma pasta a mais de { $depth } pastas de profundidade dentro da indicada, por isso não foi examinada: importe-a separadamente.
skip-unreadable = não pode ser lido: { $detail }
skip-too-large = é maior que qualquer pacote de progresso ({ $size } bytes); não é um
skip-not-regular = é { $kind ->
        [folder] uma pasta
        [fifo] um pipe nomeado (FIFO)
        [device] um dispositivo
        [socket] um socket
       *[other] um arquivo especial
    } e não um arquivo, então não foi lido
skip-other-pack = contém progresso em outro pacote de conteúdo ({ $packs }), não no pacote aberto aqui ({ $open }); abra esse pacote e importe-o de novo
skip-mixed-profiles = inclui eventos de outro participante ({ $count }); o arquivo foi editado à mão ou está danificado
skip-write = não pôde ser salvo: { $error }
skip-cancelled = a importação foi cancelada antes deste arquivo
bundle-empty = o arquivo está vazio
bundle-truncated = o arquivo termina antes da hora (linha { $line }, coluna { $column }): provavelmente foi cortado ao ser copiado; exporte-o de novo
bundle-not-json = o arquivo não é um pacote de progresso do Puente (linha { $line }, coluna { $column })
bundle-foreign = isto não é um pacote de progresso do Puente (diz ser “{ $kind }”)
bundle-newer = o pacote foi feito por um Puente mais novo (formato { $found }; este lê o { $reads }); atualize o Puente
bundle-damaged = o pacote está danificado: foi editado ou corrompido depois de feito; exporte-o de novo a partir do computador do participante
bundle-changed = o pacote mudou depois que o Puente o gravou (a soma de verificação não confere com o conteúdo): foi danificado na cópia ou editado à mão; exporte-o de novo a partir do computador do participante
pdf-font = não foi possível ler a fonte incluída
pdf-page = o tamanho da página foi recusado
pdf-write = não foi possível montar o PDF
export-not-encoded = o que ia ser salvo não pôde ser convertido para o formato do arquivo

## Oficina: pacotes de progresso, painel da turma, modo apresentador
workshop = Painel de quem facilita
export-progress = Exportar meu progresso…
saving-bundle = Salvando o seu progresso…
saving-xapi = Salvando as declarações xAPI…
shared-folder = Vários computadores compartilham esta pasta de dados
shared-folder-help = Marque esta opção quando a pasta estiver em um pen drive ou for mantida em sincronia pelo Syncthing ou por uma ferramenta semelhante, e abra o Puente em cada computador com esta pasta. Assim, cada computador grava apenas os próprios arquivos.
workshop-title = Oficina: o progresso da turma
presenter-mode = Modo apresentador
import-bundles = Importar pacotes…
import-folder = Importar uma pasta…
import-pending = { $count ->
        [0] { $count } arquivos ou pastas a mais esperam
        [one] 1 arquivo ou pasta a mais espera
       *[other] { $count } arquivos ou pastas a mais esperam
    } para ser importados depois disto.
import-drop = Também é possível soltar arquivos ou pastas de pacotes nesta janela.
import-path-hint = ou digite o caminho de uma pasta ou de um pacote
import = Importar
importing = Importando { $done } de { $total } arquivos…
reading-cohort = Lendo o progresso dos participantes…
opening-pack = Abrindo o pacote de conteúdo…
importing-bundles = Importando pacotes…
task-failed = Isto não terminou por causa de uma falha do Puente: { $task } Tente de novo.
import-cancel = Cancelar a importação
import-cancelling = Parando depois do arquivo atual…
import-waiting = Aguardando o término de outra importação nesta pasta de dados…
import-done = { $files ->
    [0] { $files } arquivos importados
    [one] { $files } arquivo importado
   *[other] { $files } arquivos importados
}, { $events ->
    [0] { $events } eventos novos
    [one] { $events } evento novo
   *[other] { $events } eventos novos
}, { $skipped } ignorados.
import-file-skipped = { $file } foi ignorado: { $reason }
import-other-version = { $name }: feito com outra versão do pacote de conteúdo ({ $versions }); importado.
import-conflict = { $name }: { $count ->
    [0] { $count } eventos chegaram de novo com conteúdo diferente
    [one] 1 evento chegou de novo com conteúdo diferente
   *[other] { $count } eventos chegaram de novo com conteúdo diferente
} ({ $ids }). Fica a cópia que já estava nesta pasta de dados, porque o Puente nunca sobrescreve o que já gravou; uma das duas cópias foi editada ou danificada. Compare com o computador do participante e, se este pacote for o certo, importe-o em uma pasta de dados vazia.
import-conflict-in-bundle = { $name }: o pacote contém { $count ->
    [0] { $count } eventos
    [one] 1 evento
   *[other] { $count } eventos
} duas vezes com conteúdo diferente ({ $ids }); foi usada a primeira cópia de cada um. O arquivo foi editado ou danificado: exporte-o de novo a partir do computador do participante.
import-repeated = { $name }: o pacote contém alguns eventos mais de uma vez ({ $count ->
    [0] { $count } cópias a mais
    [one] 1 cópia a mais
   *[other] { $count } cópias a mais
}, iguais à primeira); cada evento foi lido uma só vez.
export-cohort-csv = Exportar CSV…
export-xapi = Exportar xAPI…
xapi-base = Endereço do LRS
xapi-base-hint = https://lrs.exemplo.edu/xapi
xapi-base-invalid = Este endereço de LRS não pode ser usado: { $reason }. Digite o endereço da sua instituição, como https://lrs.exemplo.edu/xapi, ou deixe o campo vazio.
xapi-base-scheme = não começa com https:// nem com http://
xapi-base-too-long = tem { $length } caracteres; são aceitos no máximo { $max }
xapi-base-character = contém { $character }, que um endereço não pode ter
xapi-base-query = tem uma consulta ou um fragmento (? ou #); digite o endereço sem eles
xapi-base-no-host = não tem nome de servidor depois de https://
xapi-written = { $statements ->
    [0] { $statements } declarações xAPI
    [one] 1 declaração xAPI
   *[other] { $statements } declarações xAPI
} de { $learners ->
    [0] { $learners } participantes
    [one] 1 participante
   *[other] { $learners } participantes
} salvas em { $files ->
    [0] { $files } arquivos
    [one] 1 arquivo
   *[other] { $files } arquivos
} em { $path }. Envie-as ao LRS arquivo por arquivo (veja o guia do formato de progresso).
xapi-untimely = { $count ->
    [0] { $count } eventos com data anterior ao ano 1 ficaram fora da exportação xAPI: um LRS só aceita anos de quatro dígitos. Eles continuam na pasta de dados.
    [one] 1 evento com data anterior ao ano 1 ficou fora da exportação xAPI: um LRS só aceita anos de quatro dígitos. Ele continua na pasta de dados.
   *[other] { $count } eventos com data anterior ao ano 1 ficaram fora da exportação xAPI: um LRS só aceita anos de quatro dígitos. Eles continuam na pasta de dados.
}
xapi-refused = { $count ->
    [0] { $count } declarações xAPI ficaram fora porque um LRS as recusaria. Por favor, informe isto ao projeto Puente.
    [one] 1 declaração xAPI ficou fora porque um LRS a recusaria. Por favor, informe isto ao projeto Puente.
   *[other] { $count } declarações xAPI ficaram fora porque um LRS as recusaria. Por favor, informe isto ao projeto Puente.
}
working-count = { $what } { $done } / { $total }
notes-more = … e mais { $count ->
    [0] { $count } avisos
    [one] 1 aviso
   *[other] { $count } avisos
}.
import-skipped-more = … e mais { $count ->
    [0] { $count } arquivos ignorados:
    [one] 1 arquivo ignorado:
   *[other] { $count } arquivos ignorados:
}
import-skipped-like = { $count ->
    [0] { $count } arquivos
    [one] 1 arquivo
   *[other] { $count } arquivos
} como { $file }: { $reason }
import-other-version-more = … e mais { $count ->
    [0] { $count } participantes
    [one] 1 participante
   *[other] { $count } participantes
} com outra versão do pacote de conteúdo.
import-private-left-out-more = … e mais { $count ->
    [0] { $count } participantes
    [one] 1 participante
   *[other] { $count } participantes
} cujas reflexões e notas privadas foram deixadas de fora.
no-learners = Ainda não há participantes. Importe os pacotes salvos com "Exportar meu progresso" ou compartilhe esta pasta de dados entre computadores (Configurações).
learners-count = { $count ->
    [0] { $count } participantes
    [one] { $count } participante
   *[other] { $count } participantes
}
filter-group = Turma
filter-date = Dia
all-groups = Todas as turmas
all-dates = Todos os dias
learner = Participante
average = Média
hardest-exercises = Exercícios com mais erros
wrong-first-time = { $wrong } de { $answered } erraram na primeira tentativa
most-chosen = Resposta errada mais escolhida: { $answer } ({ $count })
show-in-presenter = Mostrar no projetor
checklist-averages = Autoavaliações: média por dimensão
runs-count = { $count ->
    [0] { $count } participantes avaliados
    [one] { $count } participante avaliado
   *[other] { $count } participantes avaliados
}
presenter-exit = Sair do modo apresentador
presenter-reveal = Revelar
presenter-hide = Ocultar a resposta
presenter-next = Próximo
presenter-previous = Anterior
presenter-keys = Teclas: → próximo · ← anterior · R revelar · Esc sair
presenter-room = Respostas da turma:
presenter-from-bundles = dos pacotes importados
presenter-by-hand = contadas à mão
presenter-count-add = Mais uma para { $option }
presenter-count-remove = Menos uma para { $option }
presenter-go-to-module = Módulo:
presenter-go-to-exercise = Exercício:
presenter-match-items = Associe cada um destes…
presenter-match-answers = …a um destes:
presenter-order-items = Ponha estes itens em ordem:
presenter-answer-count = { $count ->
        [0] { $count } participantes:
        [one] 1 participante:
       *[other] { $count } participantes:
    }
presenter-every-pair-right = todos os pares certos
exercise-of = Exercício { $n } de { $total }
tab-learners = Participantes
tab-items = Análise de itens
tab-reflections = Reflexões
reflections-help = O que os participantes escreveram nas etapas de reflexão e decidiram compartilhar ao exportar o seu progresso: o texto mais recente de cada um, do mais antigo ao mais novo. Os nomes ficam ocultos para que esta aba possa ser mostrada num projetor; o que se escreve neste computador nunca aparece aqui.
reflections-show-names = Mostrar nomes
reflections-shared-count = { $count ->
    [0] { $count } participantes compartilharam
    [one] { $count } participante compartilhou
   *[other] { $count } participantes compartilharam
}
reflections-no-name = (sem nome)
reflections-show-all = { $count ->
    [0] Mostrar mais { $count }
    [one] Mostrar mais { $count }
   *[other] Mostrar mais { $count }
}
reflections-none = Ainda não há reflexões compartilhadas: os participantes as compartilham marcando “{ share-reflections }” ao exportar o seu progresso, e depois você importa os arquivos deles.
reflections-none-filtered = Não há reflexões compartilhadas para esta turma ou data. Escolha “{ all-groups }” e “{ all-dates }” para ver todas.
items-help = Por exercício, a partir da primeira resposta pontuada de cada participante. Facilidade: a pontuação média na primeira tentativa (fácil demais a partir de { $easy } %, difícil demais até { $hard } %). Discriminação: quanto o exercício separa os participantes de melhor desempenho dos demais (a correlação com o restante das pontuações deles; abaixo de { $weak } não discrimina; claramente abaixo de 0, confira o gabarito). Clique no título de uma coluna para ordenar.
items-unreliable = Menos de { $min } participantes responderam a alguns exercícios: os índices deles aparecem em cinza e não são confiáveis.
items-none = Ainda não há respostas pontuadas.
item-exercise = Exercício
item-attempts = Participantes
item-facility = Facilidade
item-discrimination = Discriminação
item-top-wrong = Resposta errada mais escolhida
item-flags = Alertas
flag-too-easy = Fácil demais
flag-too-hard = Difícil demais
flag-no-discrimination = Não discrimina
flag-check-key = Participantes de melhor desempenho escolhem uma resposta errada mais que os demais: confira o gabarito
flag-unreliable = Pouco confiável: menos de { $min } participantes
sort-by = Ordenar por { $column }
nothing-wrong-yet = Ainda não há exercícios respondidos de forma incorreta.
no-assessments-yet = Ainda não há autoavaliações nestes pacotes.
workshops = Oficinas
workshops-help = Salve o seu progresso em um único arquivo para entregar a quem facilita a oficina (em um pen drive) ou, se você facilita, abra o painel da turma e o modo apresentador.
your-group = Turma (opcional)
group-example = p. ex., Oficina Campinas, novembro
group-help = Quem facilita a oficina vê os participantes por turma no painel.

## Fontes e datas de revisão
sources-heading = Fontes
sources-cited = Fontes citadas nesta lição
sources-module = Todas as fontes deste módulo ({ $n })
source-primary = Texto primário
source-secondary = Fonte secundária
source-consulted = consultada em { $date }
source-open = Ler
content-reviewed = Conteúdo revisado em { $date }

## puente convert
convert-cannot-read = não é possível ler { $file }: { $reason }
convert-not-utf8 = { $file } não é texto UTF-8; o Moodle exporta arquivos GIFT em UTF-8: exporte de novo ou salve o arquivo como UTF-8 num editor de texto
convert-bad-lang = "{ $lang }" não é um código de idioma; escreva um como en, es, pt ou pt-BR
convert-bad-id = "{ $id }" não pode ser o id de um módulo: use minúsculas, dígitos e hifens simples, por exemplo --module-id questionario-patentes
convert-no-questions = { $file } não contém nenhuma pergunta legível
convert-exists = { $path } já existe: escolha outro --module-id ou acrescente --force para substituí-lo
convert-cannot-write = não é possível gravar { $path }: { $reason }
convert-wrote = gravado { $path }: { $kinds }
convert-made-pack = criado { $path }: dê ao pacote um título, uma descrição, autores e uma licença
convert-checked = o módulo, segundo o `puente check`: { $errors ->
    [0] 0 erros
    [one] 1 erro
   *[other] { $errors } erros
}, { $warnings ->
    [0] 0 avisos
    [one] 1 aviso
   *[other] { $warnings } avisos
}; acrescente objetivos e uma data de revisão, e leia cada pergunta antes dos participantes

open-gates-heading = Responda isto primeiro
open-gate-capped = Uma pergunta eliminatória: enquanto não for respondida (“não se aplica” não é resposta aqui), o resultado é no máximo “{ $band }”.

## Busca
search-open = Buscar
search-shortcut = Buscar nas lições, nos exercícios, no glossário e nos checklists (Ctrl+F)
search-label = Buscar:
search-hint = uma ou duas palavras, p. ex., período de graça
search-help = Digite uma ou duas palavras: a busca percorre as lições, os exercícios, os termos do glossário e os itens dos checklists de todos os cursos abertos, sem importar maiúsculas nem acentos. Enter abre o primeiro resultado.
search-none = Nada encontrado para “{ $query }”. Tente menos palavras ou o começo de uma palavra.
search-count = { $n ->
    [0] 0 resultados
    [one] 1 resultado
   *[other] { $n } resultados
}
search-glossary = Glossário
search-kind-lesson = Lição
search-kind-exercise = Exercício
search-kind-term = Termo do glossário
search-kind-item = Item de checklist
search-count-more = Os primeiros { $n } resultados: acrescente uma palavra para restringi-los.

## Privacy and profiles
share-reflections = Compartilhar minhas reflexões e notas com quem facilita a oficina
share-reflections-help = Desmarcado, o arquivo leva suas respostas e pontuações, mas não o que você escreveu nas reflexões e nas notas das autoavaliações. Marcado, leva também, só nesta exportação.
import-private-left-out = { $name }: { $count ->
        [0] { $count } reflexões e notas privadas foram deixadas de fora
        [one] { $count } reflexão ou nota privada foi deixada de fora
       *[other] { $count } reflexões e notas privadas foram deixadas de fora
    }, porque a pessoa não as compartilhou.
imported-learners-here = { $count ->
        [0] { $count } participantes importados de arquivos estão
        [one] { $count } participante importado de um arquivo está
       *[other] { $count } participantes importados de arquivos estão
    } no painel da turma, só para consulta; não aparecem aqui.
profile-imported-read-only = Este participante foi importado de um arquivo: o progresso dele aparece no painel da turma, mas o perfil não pode ser aberto nem alterado neste computador.
rename-profile = Renomear…
delete-profile = Excluir…
new-name = Novo nome
save-name = Salvar o nome
cancel = Cancelar
delete-profile-question = Excluir o perfil de { $name }? Ele deixará de aparecer na lista, e as respostas serão movidas para a pasta deleted-profiles dentro da pasta de dados.
delete-profile-yes = Sim, excluir…
delete-profile-sure = Tem certeza? { $name } vai sumir desta lista.
delete-profile-for-good = Sim, excluir { $name }
profile-deleted = O perfil de { $name } foi excluído; os dados foram movidos para { $path }.
profile-not-deleted = O perfil não foi excluído: { $error }
profile-not-renamed = O perfil não foi renomeado: { $error }

## Saving without a dialog
file-saved-without-dialog = Este computador não tem uma janela para escolher onde salvar, então o Puente salvou o arquivo aqui: { $path }
open-saved-folder = Mostrar na pasta
dismiss-saved = Entendi
folder-not-opened = Não foi possível abrir a pasta { $path }: { $error }. Abra-a pelo gerenciador de arquivos.
folder-not-made = Não foi possível criar a pasta { $path }: { $error }.

## Scores and continuing
continue-next-module = Continuar com o próximo módulo: { $module }

## Dashboard
too-few-runs-shown = As médias aparecem a partir de { $min } participantes avaliados, para que ninguém veja na tela as respostas de uma só pessoa.
bundle-other-json = isto não é um pacote de progresso do Puente: é um arquivo JSON, mas não foi o Puente que o escreveu

## Spaced review
home-review = Revisão: { $due } pendentes (~{ $minutes } min)
home-review-none = Revisão: nada pendente hoje
review-title = Revisão
review-empty = Ainda não há nada para revisar. Os exercícios que você erra e os termos do glossário das lições que você lê voltam aqui para serem lembrados pouco antes de você esquecê-los.
review-due = { $due ->
        [0] { $due } cartões pendentes hoje
        [one] 1 cartão pendente hoje
       *[other] { $due } cartões pendentes hoje
    } (cerca de { $minutes } min).
review-new-waiting = { $count ->
        [0] { $count } termos novos a mais esperam
        [one] 1 termo novo a mais espera
       *[other] { $count } termos novos a mais esperam
    } pelos próximos dias: os termos novos chegam no máximo { $per_day } por dia, na ordem em que você os encontrou.
review-nothing-due = Nada pendente hoje. Cada cartão volta quando você está prestes a esquecê-lo.
review-start = Começar a revisão
review-recall = Você lembrou { $percent } % das suas { $reviews ->
        [0] { $reviews } revisões
        [one] 1 revisão
       *[other] { $reviews } revisões
    }.
review-no-recall-yet = Ainda não há revisões: sua taxa de lembrança aparece depois da primeira sessão.
review-target = Retenção desejada: { $percent } % (altere em Configurações).
review-next-days = Os próximos 7 dias
review-in-days = { $days ->
        [0] Em { $days } dias
        [one] Amanhã
       *[other] Em { $days } dias
    }: { $count }
review-all-cards = Todos os cartões ({ $count })
review-due-today = pendente hoje
review-due-in = { $days ->
        [0] volta em { $days } dias
        [one] volta amanhã
       *[other] volta em { $days } dias
    }
review-suspended = suspenso
review-retired-vanished = retirado: não está mais no pacote
review-retired-changed = retirado: o exercício mudou em uma nova versão do pacote
review-suspend = Suspender
review-resume = Retomar
review-suspend-help = Um cartão suspenso não é perguntado de novo até que você o retome.
review-suspend-this = Suspender este cartão
review-done = Revisão concluída: { $count ->
        [0] { $count } cartões
        [one] 1 cartão
       *[other] { $count } cartões
    }. Volte amanhã para os próximos.
review-overview = Ver a fila
review-progress = Cartão { $n } de { $total }
review-from = Do módulo “{ $module }”
review-next = Próximo cartão
review-term = Termo do glossário
review-term-prompt = O que significa? Diga para si mesmo e depois mostre a definição.
review-show-definition = Mostrar a definição
review-grade-prompt = Quão bem você lembrou?
review-grade = { $grade } · { $days ->
        [0] { $days } dias
        [one] 1 dia
       *[other] { $days } dias
    }
review-again = De novo
review-hard = Difícil
review-good = Bom
review-easy = Fácil
review-retention = Revisão: retenção desejada
review-retention-help = Quão provável deve ser que você lembre um cartão quando ele volta. Mais alta significa revisões mais frequentes; 90 % serve para a maioria.
retention-not-saved = Não foi possível salvar a retenção desejada: { $error }
dash-review-due = Revisão pendente
dash-review-overdue = Atrasados
dash-recall = Lembrança
dash-review-help = Revisão espaçada: cartões pendentes hoje, cartões que venceram antes de hoje e a proporção de revisões lembradas (com quantas revisões).

## A tela do glossário
glossary-open = Glossário
glossary-shortcut = Todos os termos de A a Z, com a definição em cada idioma (Ctrl+G)
glossary-title = Glossário
glossary-filter = Filtrar:
glossary-filter-hint = o começo de uma palavra, p. ex., prioridade
glossary-side-by-side = Todos os idiomas lado a lado
glossary-keys = Ctrl+G abre o glossário em qualquer tela, Ctrl+F busca em tudo, Esc volta.
glossary-count = Termos exibidos: { $shown } de { $total }
glossary-none = Nenhum termo corresponde a “{ $filter }”. Tente o começo de uma palavra ou menos palavras.
glossary-empty = Os cursos abertos não têm glossário.
glossary-letter = Termos com { $letter }
glossary-see-also = Ver também:
glossary-see-also-term = { $from }: ver também { $term }
glossary-taught-in = Ensinado em:
glossary-taught-in-module = { $term }: ensinado em { $module }
glossary-back-to-lesson = ← Voltar à lição
glossary-preparing = Preparando o glossário…
open-in-glossary = Abrir no glossário
search-preparing = Preparando a busca…
preparing-index = Preparando a busca e o glossário

## Início: o percurso do curso
home-filter = Mostrar:
home-filter-all = Todos ({ $n })
home-filter-not-started = Não iniciados ({ $n })
home-filter-in-progress = Em andamento ({ $n })
home-filter-done = Concluídos ({ $n })
home-filter-none = Ainda não há nenhum módulo deste curso neste grupo.
home-next = Próximo sugerido: { $module }
home-all-done = Você concluiu todos os módulos deste curso.
home-section-progress = { $done } de { $total } concluídos
home-other-modules = Outros módulos
about-this-course = Sobre este curso
home-map = O percurso em resumo
home-map-next = próximo sugerido

packfile-bad-name = { $file } não termina em .puente-pack; indique um nome como --out meu-pacote.puente-pack
packfile-has-errors = o pacote tem { $errors ->
    [0] 0 erros
    [one] 1 erro
   *[other] { $errors } erros
} e não foi empacotado; { $errors ->
    [0] corrija-os
    [one] corrija-o
   *[other] corrija-os
} (veja `puente check`) e empacote-o de novo
packfile-too-big = o pacote teria mais de { $max } MB em um arquivo, que o Puente não abre
packfile-not-whole = o arquivo não é lido de volta inteiro
packfile-cannot-write = não é possível gravar { $file }: { $reason }
packfile-written = { $file } gravado: pacote { $id } versão { $version }, { $files } arquivos, { $kb } kB. Abra-o com `puente --pack { $file }` ou verifique-o com `puente check { $file }`.

watch-on = Observando { $path }: as alterações salvas aparecem aqui em menos de um segundo.
watch-errors = { $path } tem { $errors ->
    [0] 0 erros
    [one] 1 erro
   *[other] { $errors } erros
}; a última versão correta continua em uso até que { $errors ->
    [0] sejam corrigidos e salvos
    [one] seja corrigido e salvo
   *[other] sejam corrigidos e salvos
}:
watch-stopped = O Puente deixou de observar { $path } (não foi possível lê-lo); abra-o de novo para continuar.

installing-pack = Instalando o pacote…
removing-pack = Removendo o pacote…
pack-install-offer = Para abrir este pacote a cada início, instale-o em Configurações → Pacotes de conteúdo.
pack-not-installed = Um pacote com erros nunca é instalado: corrija-os e instale-o de novo.
pack-install-failed = Não foi possível instalar o pacote de { $path }: { $error }. A versão instalada antes, se havia, continua lá.
pack-installed = Está instalado e abre a cada início. O progresso dos estudantes é guardado por identificadores, então continua válido quando o pacote é atualizado.
pack-removed = O pacote { $id } foi removido deste computador; continua aberto até o Puente fechar. Os registros dos estudantes são mantidos.
pack-remove-failed = Não foi possível remover o pacote { $id }: { $error }
packs-heading = Pacotes de conteúdo
packs-help = Os pacotes instalados são copiados para a pasta de dados e abrem a cada início. Atualize um a partir de uma pasta ou de um arquivo de pacote mais recente; o progresso dos estudantes continua válido.
pack-row = { $id } · versão { $version } · { $licence }
pack-from = Origem: { $path }
pack-built-in = Incluído no Puente
pack-is-installed = Instalado
install-pack = Instalar
update-pack = Atualizar a partir desta pasta
remove-pack = Remover
watch-pack = Observar esta pasta (recarregar ao salvar)
